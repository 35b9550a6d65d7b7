package cn.gov.lyg.enforcement.personnel.assessment;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/personnel/v1/assessments}: 评议考核 and the "十大执法办案能手" ranking. */
@RestController
@RequestMapping("/api/personnel/v1/assessments")
@Tag(name = "assessments", description = "评议考核 assessments and rankings")
public class AssessmentController {

    private final AssessmentService service;

    public AssessmentController(AssessmentService service) {
        this.service = service;
    }

    @PostMapping
    @AgencyAdminsOrSupervisors
    @Operation(summary = "Record an officer's yearly grade with its inputs (agency admin or supervisor); one per year")
    public ResponseEntity<Assessment.View> record(@Valid @RequestBody AssessmentService.Request request) {
        Assessment a = service.record(request);
        return ResponseEntity.created(URI.create("/api/personnel/v1/assessments?officerId=" + a.getOfficerId()))
                .body(a.view());
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "An officer's assessments")
    public List<Assessment.View> of(@RequestParam String officerId) {
        return service.of(officerId).stream().map(Assessment::view).toList();
    }

    @GetMapping("/ranking")
    @AgencyManagementOrSupervision
    @Operation(summary = "Ranking of a year in a region; weights like casesHandled:0.4,caseReviewScore:0.4,trainingHours:0.1,grade:0.1")
    public List<Ranking.Entry> ranking(@RequestParam Integer year, @RequestParam(required = false) String region,
                                       @RequestParam(required = false) String weights,
                                       @RequestParam(required = false) Integer top) {
        return service.ranking(year, region, weights, top == null ? 10 : top);
    }

}
