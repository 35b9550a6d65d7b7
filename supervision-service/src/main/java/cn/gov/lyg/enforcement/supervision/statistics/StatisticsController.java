package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/supervision/v1/statistics}: annual enforcement statistics 行政执法统计年报. */
@RestController
@RequestMapping("/api/supervision/v1/statistics")
@Tag(name = "statistics", description = "统计年报: computed with the national counting rules, overrides, submission, publication")
public class StatisticsController {

    static final Set<String> SORTABLE = Set.of("year", "agencyCode", "status", "submittedAt");
    private static final String IF_MATCH = "If-Match";

    private final StatisticsService statistics;

    public StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @PostMapping
    @AgencyManagement
    @Operation(summary = "Compute (or recompute) the agency's report of a year from the case register and events")
    public ResponseEntity<StatisticsView> compute(@RequestBody(required = false) StatisticsCommands.Compute body) {
        AnnualStatistics s = statistics.compute(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/statistics/" + s.getId()))
                .eTag(Versions.etag(s)).body(StatisticsView.of(s));
    }

    @GetMapping
    @AgencyManagementOrSupervision
    public PageResponse<StatisticsView> search(@RequestParam(required = false) Integer year,
                                               @RequestParam(required = false) StatisticsStatus status,
                                               @RequestParam(required = false) String agencyCode,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size,
                                               @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "year")
                .and(Sort.by("agencyCode")));
        return PageResponse.of(statistics.search(year, status, agencyCode, pageable), StatisticsView::of);
    }

    @GetMapping("/{id}")
    @AgencyManagementOrSupervision
    public ResponseEntity<StatisticsView> get(@PathVariable String id) {
        return respond(statistics.get(id));
    }

    @PostMapping("/{id}/recompute")
    @AgencyManagement
    public ResponseEntity<StatisticsView> recompute(@PathVariable String id,
                                                    @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(statistics.recompute(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/overrides")
    @AgencyManagement
    @Operation(summary = "A manual value for a cell (FINES_AND_CONFISCATIONS: amountWan) with its reason; audited")
    public ResponseEntity<StatisticsView> override(@PathVariable String id,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @RequestBody(required = false) StatisticsCommands.ManualValue body) {
        return respond(statistics.override(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/validate")
    @AgencyManagement
    @Operation(summary = "DRAFT → VALIDATED, or 400 STATS_INVALID listing every violated rule")
    public ResponseEntity<StatisticsView> validate(@PathVariable String id,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @RequestBody(required = false) StatisticsCommands.Validate body) {
        return respond(statistics.validate(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/submit")
    @AgencyManagement
    @Operation(summary = "VALIDATED → SUBMITTED, or LATE after 31 January 23:59:59 of the next year")
    public ResponseEntity<StatisticsView> submit(@PathVariable String id,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @RequestBody(required = false) StatisticsCommands.Submit body) {
        return respond(statistics.submit(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/publish")
    @AgencyManagement
    @Operation(summary = "SUBMITTED/LATE → PUBLISHED; emits AnnualStatisticsPublished for the provincial platform")
    public ResponseEntity<StatisticsView> publish(@PathVariable String id,
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                  @RequestBody(required = false) StatisticsCommands.Publish body) {
        return respond(statistics.publish(id, Versions.parse(ifMatch), body));
    }

    private static ResponseEntity<StatisticsView> respond(AnnualStatistics s) {
        return ResponseEntity.ok().eTag(Versions.etag(s)).body(StatisticsView.of(s));
    }
}
