package cn.gov.lyg.enforcement.supervision.threesystems;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseFile;
import cn.gov.lyg.enforcement.supervision.caseregister.ComplianceStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/supervision/v1/three-systems}: 三项制度 figures, problem cases and the alert job. */
@RestController
@RequestMapping("/api/supervision/v1/three-systems")
@Tag(name = "three-systems", description = "三项制度 disclosure, full-process recording, legal review")
public class ThreeSystemsController {

    static final Set<String> SORTABLE = Set.of("decidedOn", "agencyCode", "caseNo");

    private final ThreeSystemsService threeSystems;

    public ThreeSystemsController(ThreeSystemsService threeSystems) {
        this.threeSystems = threeSystems;
    }

    /** One problem case: which duties are overdue, late or missing as of the day. */
    public record ProblemItem(String caseId, String agencyCode, String regionCode, String caseNo, LocalDate decidedOn,
                              List<String> problems, Map<String, Object> facts) {
    }

    @AgencyUsersOrSupervision
    @GetMapping
    @Operation(summary = "Figures for an agency (agencyCode) or region (regionCode; default the caller's) and the "
            + "decisions of [from, to] (default this year), as of asOf (default today)")
    public ThreeSystemsFigures figures(@RequestParam(required = false) String agencyCode,
                                       @RequestParam(required = false) String regionCode,
                                       @RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false) LocalDate to,
                                       @RequestParam(required = false) LocalDate asOf) {
        return threeSystems.figures(agencyCode, regionCode, from, to, asOf);
    }

    @AgencyUsersOrSupervision
    @GetMapping("/problems")
    @Operation(summary = "The cases with an overdue or late disclosure/withdrawal, or missing recording/legal review")
    public PageResponse<ProblemItem> problems(@RequestParam(required = false) String agencyCode,
                                              @RequestParam(required = false) String regionCode,
                                              @RequestParam(required = false) LocalDate from,
                                              @RequestParam(required = false) LocalDate to,
                                              @RequestParam(required = false) LocalDate asOf,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("decidedOn", "_id"));
        LocalDate day = asOf != null ? asOf : threeSystems.today();
        return PageResponse.of(threeSystems.problems(agencyCode, regionCode, from, to, asOf, pageable),
                c -> item(c, day));
    }

    @CitySupervisorsOnly
    @PostMapping("/jobs/alerts")
    @Operation(summary = "Admin-triggered alert job as of a date: raises ThreeSystemsDeadlinePassed once per deadline")
    public Map<String, Object> alerts(@RequestParam(required = false) LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : threeSystems.today();
        return Map.of("asOf", day.toString(), "alerted", threeSystems.raiseAlerts(day));
    }

    @CitySupervisorsOnly
    @PostMapping("/jobs/rebuild-counters")
    @Operation(summary = "Admin-triggered repair: rebuild the figures' counters from the case register")
    public Map<String, Object> rebuildCounters() {
        return Map.of("decidedCases", threeSystems.rebuildCounters());
    }

    static ProblemItem item(CaseFile c, LocalDate asOf) {
        List<String> problems = new ArrayList<>();
        var f = c.getFacts();
        if (c.getDisclosureStatus() == ComplianceStatus.LATE) {
            problems.add("DISCLOSURE_LATE");
        } else if (f.disclosureOverdue(asOf)) {
            problems.add("DISCLOSURE_OVERDUE");
        }
        if (c.getWithdrawalStatus() == ComplianceStatus.LATE) {
            problems.add("WITHDRAWAL_LATE");
        } else if (f.withdrawalOverdue(asOf)) {
            problems.add("WITHDRAWAL_OVERDUE");
        }
        if (c.getRecordingStatus() == ComplianceStatus.MISSING) {
            problems.add("RECORDING_MISSING");
        }
        if (c.getLegalReviewStatus() == ComplianceStatus.MISSING) {
            problems.add("LEGAL_REVIEW_MISSING");
        }
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("disclosureDueOn", f.disclosureDueOn());
        facts.put("publishedOn", f.publishedOn());
        facts.put("withdrawalDueOn", f.withdrawalDueOn());
        facts.put("withdrawnOn", f.withdrawnOn());
        return new ProblemItem(c.getId(), c.getAgencyCode(), c.getRegionCode(), c.getCaseNo(), c.getDecidedOn(),
                problems, facts);
    }
}
