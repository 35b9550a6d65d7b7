package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.platform.security.policy.CaseMilestoneReporters;
import cn.gov.lyg.enforcement.platform.security.policy.DecisionRecordReaders;
import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/supervision/v1/cases}: the case register. Case-handling systems report milestones with
 * {@code POST /cases/milestones} (natural key agency + case + milestone; a repeat answers 200 with outcome REPEATED,
 * {@code Idempotency-Key} is honoured as well).
 */
@RestController
@RequestMapping("/api/supervision/v1/cases")
@Tag(name = "cases", description = "案件登记 case register: milestones reported by agencies' case-handling systems")
public class CaseController {

    static final Set<String> SORTABLE = Set.of("decidedOn", "caseNo", "agencyCode", "createdAt");

    private final CaseService cases;

    public CaseController(CaseService cases) {
        this.cases = cases;
    }

    @CaseMilestoneReporters
    @PostMapping("/milestones")
    @Operation(summary = "Report a case milestone (201 recorded, 200 the same report again)")
    public ResponseEntity<CaseView> report(@RequestBody(required = false) CaseCommands.Report body) {
        CaseService.Recorded recorded = cases.report(body);
        CaseFile c = recorded.caseFile();
        HttpStatus status = recorded.outcome() == CaseFile.Outcome.RECORDED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status)
                .location(URI.create("/api/supervision/v1/cases/"
                        + URLEncoder.encode(c.getId(), StandardCharsets.UTF_8).replace("+", "%20")))
                .eTag(Versions.etag(c)).body(CaseView.of(c, recorded.outcome()));
    }

    @CaseMilestoneReporters
    @PostMapping("/{id}/milestones/{milestone}/corrections")
    @Operation(summary = "Correct a reported milestone (supersedes it, reason kept; 200 with outcome CORRECTED, "
            + "or REPEATED for the same content again)")
    public ResponseEntity<CaseView> correct(@PathVariable String id, @PathVariable CaseMilestone milestone,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @RequestBody(required = false) CaseCommands.Correction body) {
        CaseService.Recorded recorded = cases.correct(id, milestone, Versions.parse(ifMatch), body);
        return ResponseEntity.ok().eTag(Versions.etag(recorded.caseFile()))
                .body(CaseView.of(recorded.caseFile(), recorded.outcome()));
    }

    @DecisionRecordReaders
    @GetMapping("/{id}")
    @Operation(summary = "One case (id = agencyCode:caseNo)")
    public ResponseEntity<CaseView> get(@PathVariable String id) {
        CaseFile c = cases.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(c)).body(CaseView.of(c, null));
    }

    @DecisionRecordReaders
    @GetMapping
    @Operation(summary = "Cases in the caller's scope (paged)")
    public PageResponse<CaseView> search(@RequestParam(required = false) String agencyCode,
                                         @RequestParam(required = false) String regionCode,
                                         @RequestParam(required = false) String caseNo,
                                         @RequestParam(required = false) ItemType caseType,
                                         @RequestParam(required = false) LocalDate decidedFrom,
                                         @RequestParam(required = false) LocalDate decidedTo,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size,
                                         @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(cases.search(new CaseFilter(agencyCode, regionCode, caseNo, caseType, decidedFrom,
                decidedTo), pageable), c -> CaseView.of(c, null));
    }
}
