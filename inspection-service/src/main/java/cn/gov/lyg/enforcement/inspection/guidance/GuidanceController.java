package cn.gov.lyg.enforcement.inspection.guidance;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyStaff;
import cn.gov.lyg.enforcement.platform.security.policy.InspectionReaders;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inspections/v1/compliance-guidance}: 涉企行政合规全过程指导. */
@RestController
@Tag(name = "compliance-guidance", description = "涉企行政合规全过程指导 compliance guidance")
public class GuidanceController {

    private static final String BASE = "/api/inspections/v1/compliance-guidance";

    private final GuidanceService guidance;
    private final Clock clock;

    public GuidanceController(GuidanceService guidance, Clock clock) {
        this.guidance = guidance;
        this.clock = clock;
    }

    private ResponseEntity<GuidanceView> ok(ComplianceGuidance g) {
        return ResponseEntity.ok().eTag(Versions.etag(g)).body(GuidanceView.of(g, LocalDate.now(clock)));
    }

    @PostMapping(BASE)
    @AgencyStaff
    @Operation(summary = "Record guidance (PRE/DURING/POST): checklist, documents, rectifications in working days")
    public ResponseEntity<GuidanceView> record(@RequestBody GuidanceService.Body body) {
        ComplianceGuidance g = guidance.record(body);
        return ResponseEntity.created(URI.create(BASE + "/" + g.getId())).eTag(Versions.etag(g))
                .body(GuidanceView.of(g, LocalDate.now(clock)));
    }

    @GetMapping(BASE + "/{id}")
    @InspectionReaders
    @Operation(summary = "One guidance record of the caller's agency (supervisors: of their region)")
    public ResponseEntity<GuidanceView> get(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        ComplianceGuidance g = guidance.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(g)).body(GuidanceView.of(g, asOf == null
                ? LocalDate.now(clock) : asOf));
    }

    @GetMapping(BASE)
    @InspectionReaders
    @Operation(summary = "Guidance records, paged; overdueAsOf keeps those with a rectification past due on that day")
    public PageResponse<GuidanceView> list(@RequestParam(required = false) String uscc,
                                                 @RequestParam(required = false) GuidanceStage stage,
                                                 @RequestParam(required = false) LocalDate overdueAsOf,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size,
                                                 @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(guidance.list(uscc, stage, overdueAsOf, Paging.of(page, size, sort,
                Set.of("guidedOn", "nextDue", "uscc"), Sort.by("guidedOn"))), g -> GuidanceView.of(g,
                overdueAsOf == null ? LocalDate.now(clock) : overdueAsOf));
    }

    @PostMapping(BASE + "/{id}/follow-ups")
    @AgencyStaff
    @Operation(summary = "Follow up a rectification: RECTIFIED, NOT_RECTIFIED or EXTENDED (once)")
    public ResponseEntity<GuidanceView> followUp(@PathVariable String id,
                                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                       @RequestBody GuidanceService.FollowUpBody body) {
        return ok(guidance.followUp(id, Versions.parse(ifMatch), body));
    }

    @GetMapping("/api/inspections/v1/compliance-checklists")
    @InspectionReaders
    @Operation(summary = "Compliance checklist templates 合规清单, as configured")
    public List<ChecklistTemplate> templates() {
        return guidance.templates();
    }
}
