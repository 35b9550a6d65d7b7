package cn.gov.lyg.enforcement.personnel.officer;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/personnel/v1/jobs/id-card-key-rotation}: re-encrypts the stored citizen ID numbers under the
 * current key ({@link IdCardKeyRotation}). City-wide and technical, so only the city judicial bureau's supervisors
 * trigger it; the answer holds counts only.
 */
@RestController
@RequestMapping("/api/personnel/v1/jobs")
@Tag(name = "jobs")
public class IdCardKeyRotationController {

    private final IdCardKeyRotation rotation;

    public IdCardKeyRotationController(IdCardKeyRotation rotation) {
        this.rotation = rotation;
    }

    @PostMapping("/id-card-key-rotation")
    @SupervisorsOnly
    @Operation(summary = "Re-encrypt every stored citizen ID number not under the current key (key rotation); "
            + "idempotent; counts only")
    public IdCardKeyRotation.Report rotate() {
        if (!CurrentScope.get().has(Role.SUPERVISOR_CITY)) {
            throw ApiException.forbidden("ACCESS_DENIED");
        }
        return rotation.run();
    }
}
