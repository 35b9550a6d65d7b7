package cn.gov.lyg.enforcement.personnel.recusal;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyStaff;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.gov.lyg.enforcement.platform.web.SensitiveParameters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/personnel/v1/recusals}: 回避声明, visible to the inspection draw. */
@RestController
@RequestMapping("/api/personnel/v1/recusals")
@Tag(name = "recusals", description = "回避声明 recusal declarations")
public class RecusalController {

    private final RecusalService service;

    public RecusalController(RecusalService service) {
        this.service = service;
    }

    @PostMapping
    @AgencyStaff
    @Operation(summary = "Declare a conflict with a party (the officer themself or their agency admin); emits RecusalDeclared")
    public ResponseEntity<Recusal.View> declare(@Valid @RequestBody RecusalService.Request request) {
        Recusal r = service.declare(request);
        return ResponseEntity.created(URI.create("/api/personnel/v1/recusals/" + r.getId())).eTag(Versions.etag(r))
                .body(r.view());
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "An officer's declarations")
    public List<Recusal.View> of(@RequestParam String officerId) {
        return service.of(officerId).stream().map(Recusal::view).toList();
    }

    @GetMapping("/check")
    @Authenticated
    @Operation(summary = "Whether the officer must recuse from an organisation (credit code) on a date",
            description = "For a citizen party use POST /recusals/check: an ID number in the URL (partyIdCardNo) "
                    + "answers 400 ID_NUMBER_IN_URL.")
    public RecusalService.Check check(@RequestParam String officerId, @RequestParam(required = false) String partyCreditCode,
                       @RequestParam(required = false) String partyIdCardNo,
                       @RequestParam(required = false) LocalDate date) {
        SensitiveParameters.refuseIdNumber("partyIdCardNo", partyIdCardNo, "POST /api/personnel/v1/recusals/check");
        return service.check(officerId, partyCreditCode, null, date);
    }

    @PostMapping("/check")
    @Authenticated
    @Operation(summary = "Whether the officer must recuse from a party on a date (for the inspection draw); the party "
            + "by credit code or, for a citizen, by ID number, both in the body")
    public RecusalService.Check checkInBody(@Valid @RequestBody CheckRequest body) {
        return service.check(body.officerId(), body.partyCreditCode(), body.partyIdCardNo(), body.date());
    }

    /** Body of {@code POST /check}. */
    public record CheckRequest(@NotBlank @Size(max = 64) String officerId, @Size(max = 18) String partyCreditCode,
                               @Size(max = 32) String partyIdCardNo, LocalDate date) {
    }

    @PostMapping("/{id}/withdraw")
    @AgencyManagement
    @Operation(summary = "Withdraw a declaration: the admin or leader of the officer's agency (the agency head decides, "
            + "行政处罚法 Art. 43), never the officer themself (403 SELF_APPROVAL)")
    public Recusal.View withdraw(@PathVariable String id,
                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return service.withdraw(id, Versions.parse(ifMatch)).view();
    }

}
