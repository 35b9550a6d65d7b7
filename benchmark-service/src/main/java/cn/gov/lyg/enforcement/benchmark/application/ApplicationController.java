package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.platform.security.policy.DecisionRecordReaders;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/benchmarks/v1/applications}: 基准适用记录, every penalty decision recorded against a benchmark. */
@RestController
@RequestMapping("/api/benchmarks/v1/applications")
@Tag(name = "applications", description = "基准适用记录")
public class ApplicationController {

    private static final Set<String> SORTABLE = Set.of("decisionDate", "caseId", "violationCode", "createdAt");

    private final ApplicationService applications;

    public ApplicationController(ApplicationService applications) {
        this.applications = applications;
    }

    @PostMapping
    @Operation(summary = "Record a decision (idempotent per agency + case + entry, and with Idempotency-Key)")
    public ResponseEntity<ApplicationView> record(@RequestBody(required = false) String body) {
        ApplicationService.Recorded r = applications.record(body);
        var builder = r.created()
                ? ResponseEntity.created(URI.create("/api/benchmarks/v1/applications/" + r.record().getId()))
                : ResponseEntity.ok();
        return builder.eTag(Versions.etag(r.record())).body(ApplicationView.of(r.record()));
    }

    @GetMapping("/{id}")
    @DecisionRecordReaders
    @Operation(summary = "One application")
    public ApplicationView get(@PathVariable String id) {
        return ApplicationView.of(applications.get(id));
    }

    @GetMapping
    @DecisionRecordReaders
    @Operation(summary = "Applications in the caller's scope (paged)")
    public PageResponse<ApplicationView> search(@RequestParam(required = false) String agencyCode,
                                                @RequestParam(required = false) String caseId,
                                                @RequestParam(required = false) String violationCode,
                                                @RequestParam(required = false) Boolean deviation,
                                                @RequestParam(required = false) LocalDate from,
                                                @RequestParam(required = false) LocalDate to,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size,
                                                @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "decisionDate"));
        return PageResponse.of(applications.search(new ApplicationFilter(agencyCode, caseId, violationCode, deviation,
                from, to), pageable), ApplicationView::of);
    }
}
