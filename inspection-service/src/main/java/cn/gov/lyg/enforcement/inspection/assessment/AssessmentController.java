package cn.gov.lyg.enforcement.inspection.assessment;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyLeadersOnly;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyStaff;
import cn.gov.lyg.enforcement.platform.security.policy.InspectionReaders;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inspections/v1/impact-assessments}: 涉企行政执法案件经济影响评估. */
@RestController
@RequestMapping("/api/inspections/v1/impact-assessments")
@Tag(name = "impact-assessments", description = "经济影响评估 economic impact assessments")
public class AssessmentController {

    private final AssessmentService assessments;

    public AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** A return for rework. */
    public record ReturnBody(String reason) {
    }

    private static ResponseEntity<AssessmentView> ok(EconomicImpactAssessment a) {
        return ResponseEntity.ok().eTag(Versions.etag(a)).body(AssessmentView.of(a));
    }

    @PostMapping
    @AgencyStaff
    @Operation(summary = "Draft the assessment of a case (one per agency and case)")
    public ResponseEntity<AssessmentView> draft(@RequestBody AssessmentService.Body body) {
        EconomicImpactAssessment a = assessments.draft(body);
        return ResponseEntity.created(URI.create("/api/inspections/v1/impact-assessments/" + a.getId()))
                .eTag(Versions.etag(a)).body(AssessmentView.of(a));
    }

    @GetMapping("/{id}")
    @InspectionReaders
    @Operation(summary = "One assessment of the caller's agency (supervisors: of their region)")
    public ResponseEntity<AssessmentView> get(@PathVariable String id) {
        return ok(assessments.get(id));
    }

    @GetMapping
    @InspectionReaders
    @Operation(summary = "Assessments of the caller's agency (supervisors: of their region), paged")
    public PageResponse<AssessmentView> list(@RequestParam(required = false) String caseId,
                                             @RequestParam(required = false) AssessmentStatus status,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(assessments.list(caseId, status, Paging.of(page, size, sort,
                Set.of("caseId", "status", "riskLevel"), Sort.by("caseId"))), AssessmentView::of);
    }

    @PutMapping("/{id}")
    @AgencyStaff
    @Operation(summary = "Revise a draft or returned assessment (If-Match)")
    public ResponseEntity<AssessmentView> revise(@PathVariable String id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @RequestBody AssessmentService.Body body) {
        return ok(assessments.revise(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/submit")
    @AgencyStaff
    @Operation(summary = "Submit for the leader's approval (event EconomicImpactAssessed)")
    public ResponseEntity<AssessmentView> submit(@PathVariable String id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(assessments.submit(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/approve")
    @AgencyLeadersOnly
    @Operation(summary = "Approve (the agency's leader, not the submitter)")
    public ResponseEntity<AssessmentView> approve(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(assessments.approve(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/return")
    @AgencyLeadersOnly
    @Operation(summary = "Return for rework with a reason")
    public ResponseEntity<AssessmentView> sendBack(@PathVariable String id,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @RequestBody(required = false) ReturnBody body) {
        return ok(assessments.sendBack(id, Versions.parse(ifMatch), body == null ? null : body.reason()));
    }
}
