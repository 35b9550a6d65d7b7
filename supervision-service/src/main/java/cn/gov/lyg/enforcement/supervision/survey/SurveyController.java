package cn.gov.lyg.enforcement.supervision.survey;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyStaffOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsSystemsOrHotline;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

/** {@code /api/supervision/v1/surveys} and {@code /revisits}: satisfaction surveys and enterprise revisits. */
@RestController
@Tag(name = "surveys", description = "执法满意度 surveys and 企业回访 enterprise revisits")
public class SurveyController {

    private static final String IF_MATCH = "If-Match";
    private static final String BASE = "/api/supervision/v1";

    private final SurveyService surveys;

    public SurveyController(SurveyService surveys) {
        this.surveys = surveys;
    }

    public record SurveyView(String id, String agencyCode, String regionCode, String title, String channel,
                             LocalDate periodFrom, LocalDate periodTo, int minimumSample, String status, long valid,
                             long satisfied, String satisfactionRate, boolean sufficientSample, long version) {
        static SurveyView of(SatisfactionSurvey s) {
            return new SurveyView(s.getId(), s.getAgencyCode(), s.getRegionCode(), s.getTitle(), s.getChannel(),
                    s.getPeriodFrom(), s.getPeriodTo(), s.getMinimumSample(), s.getStatus().name(), s.valid(),
                    s.getSatisfiedCount(), s.rate() == null ? null : s.rate().toPlainString(), s.sufficient(),
                    s.getVersion() == null ? 0 : s.getVersion());
        }
    }

    public record RevisitView(String id, String agencyCode, String regionCode, String uscc, String enterpriseName,
                              String sourceKind, String sourceRef, LocalDate closedOn, LocalDate dueOn, String status,
                              boolean overdue, LocalDate revisitedOn, String revisitedBy, String rectificationStatus,
                              String economicImpact, String conductOpinion, String guidanceNeeds,
                              Integer satisfaction, boolean late, long version) {
        static RevisitView of(EnterpriseRevisit r, LocalDate asOf) {
            return new RevisitView(r.getId(), r.getAgencyCode(), r.getRegionCode(), r.getUscc(),
                    r.getEnterpriseName(), r.getSourceKind(), r.getSourceRef(), r.getClosedOn(), r.getDueOn(),
                    r.getStatus().name(), r.overdue(asOf), r.getRevisitedOn(), r.getRevisitedBy(),
                    r.getRectificationStatus(), r.getEconomicImpact(), r.getConductOpinion(), r.getGuidanceNeeds(),
                    r.getSatisfaction(), r.isLate(), r.getVersion() == null ? 0 : r.getVersion());
        }
    }

    @PostMapping(BASE + "/surveys")
    @AgencyAdminsOrSupervisors
    public ResponseEntity<SurveyView> open(@RequestBody(required = false) SurveyCommands.OpenSurvey body) {
        SatisfactionSurvey s = surveys.openSurvey(body);
        return ResponseEntity.created(URI.create(BASE + "/surveys/" + s.getId())).eTag(Versions.etag(s))
                .body(SurveyView.of(s));
    }

    @GetMapping(BASE + "/surveys")
    @AgencyManagementOrSupervision
    public PageResponse<SurveyView> surveys(@RequestParam(required = false) String agencyCode,
                                            @RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, Set.of("periodFrom", "agencyCode", "status"),
                Sort.by(Sort.Direction.DESC, "periodFrom"));
        return PageResponse.of(surveys.surveys(agencyCode, year, pageable), SurveyView::of);
    }

    @GetMapping(BASE + "/surveys/{id}")
    @AgencyManagementOrSupervision
    public ResponseEntity<SurveyView> survey(@PathVariable String id) {
        SatisfactionSurvey s = surveys.survey(id);
        return ResponseEntity.ok().eTag(Versions.etag(s)).body(SurveyView.of(s));
    }

    @PostMapping(BASE + "/surveys/{id}/responses")
    @SupervisorsSystemsOrHotline
    @Operation(summary = "One answer (systems send it with Idempotency-Key; the same responseId again changes nothing)")
    public ResponseEntity<SurveyView> respond(@PathVariable String id,
                                              @RequestBody(required = false) SurveyCommands.Respond body) {
        SatisfactionSurvey s = surveys.respond(id, body);
        return ResponseEntity.ok().eTag(Versions.etag(s)).body(SurveyView.of(s));
    }

    @PostMapping(BASE + "/surveys/{id}/close")
    @AgencyAdminsOrSupervisors
    public ResponseEntity<SurveyView> close(@PathVariable String id,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        SatisfactionSurvey s = surveys.closeSurvey(id, Versions.parse(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(s)).body(SurveyView.of(s));
    }

    @PostMapping(BASE + "/revisits")
    @AgencyStaffOrSupervisors
    @Operation(summary = "Plan a revisit after a closure; due 30 days after it")
    public ResponseEntity<RevisitView> plan(@RequestBody(required = false) SurveyCommands.PlanRevisit body) {
        EnterpriseRevisit r = surveys.planRevisit(body);
        return ResponseEntity.created(URI.create(BASE + "/revisits/" + r.getId())).eTag(Versions.etag(r))
                .body(RevisitView.of(r, surveys.today()));
    }

    @GetMapping(BASE + "/revisits")
    @AgencyStaffOrSupervisors
    public PageResponse<RevisitView> revisits(@RequestParam(required = false) String agencyCode,
                                              @RequestParam(required = false) EnterpriseRevisit.Status status,
                                              @RequestParam(required = false) LocalDate overdueAsOf,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, Set.of("dueOn", "closedOn", "agencyCode", "status"),
                Sort.by(Sort.Direction.ASC, "dueOn"));
        LocalDate asOf = overdueAsOf != null ? overdueAsOf : surveys.today();
        return PageResponse.of(surveys.revisits(agencyCode, status, overdueAsOf, pageable),
                r -> RevisitView.of(r, asOf));
    }

    @GetMapping(BASE + "/revisits/{id}")
    @AgencyStaffOrSupervisors
    public ResponseEntity<RevisitView> revisit(@PathVariable String id,
                                               @RequestParam(required = false) LocalDate asOf) {
        EnterpriseRevisit r = surveys.revisit(id);
        return ResponseEntity.ok().eTag(Versions.etag(r)).body(RevisitView.of(r, asOf != null ? asOf
                : surveys.today()));
    }

    @PostMapping(BASE + "/revisits/{id}/record")
    @AgencyStaffOrSupervisors
    public ResponseEntity<RevisitView> record(@PathVariable String id,
                                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                              @RequestBody(required = false) SurveyCommands.RecordRevisit body) {
        EnterpriseRevisit r = surveys.recordRevisit(id, Versions.parse(ifMatch), body);
        return ResponseEntity.ok().eTag(Versions.etag(r)).body(RevisitView.of(r, surveys.today()));
    }
}
