package cn.gov.lyg.enforcement.personnel.auxiliary;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/personnel/v1/auxiliary-staff}: 行政执法辅助人员. */
@RestController
@RequestMapping("/api/personnel/v1/auxiliary-staff")
@Tag(name = "auxiliary-staff", description = "行政执法辅助人员 auxiliary staff")
public class AuxiliaryController {

    private final AuxiliaryService service;

    public AuxiliaryController(AuxiliaryService service) {
        this.service = service;
    }

    @PostMapping
    @AgencyAdminsOnly
    @Operation(summary = "Register auxiliary staff of the caller's agency (agency admins); emits AuxiliaryStaffRegistered")
    public ResponseEntity<AuxiliaryStaff.View> register(@Valid @RequestBody AuxiliaryService.Request request) {
        AuxiliaryStaff a = service.register(request);
        return ResponseEntity.created(URI.create("/api/personnel/v1/auxiliary-staff/" + a.getId()))
                .eTag(Versions.etag(a)).body(a.view());
    }

    @GetMapping("/{id}")
    @Authenticated
    @Operation(summary = "One auxiliary staff member (ID number masked)")
    public AuxiliaryStaff.View get(@PathVariable String id) {
        return service.get(id).view();
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "Auxiliary staff in the caller's scope (paged)")
    public PageResponse<AuxiliaryStaff.View> search(@RequestParam(required = false) String agencyCode,
                                                    @RequestParam(required = false) Integer page,
                                                    @RequestParam(required = false) Integer size) {
        var pageable = Paging.of(page, size, null, Set.of(), Sort.by("name"));
        return PageResponse.of(service.search(agencyCode, pageable), AuxiliaryStaff::view);
    }

    @PostMapping("/{id}/status")
    @AgencyAdminsOnly
    @Operation(summary = "ACTIVE ↔ SUSPENDED, or LEFT (terminal)")
    public AuxiliaryStaff.View status(@PathVariable String id,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @RequestParam AuxiliaryStaff.Status status) {
        return service.changeStatus(id, Versions.parse(ifMatch), status).view();
    }

}
