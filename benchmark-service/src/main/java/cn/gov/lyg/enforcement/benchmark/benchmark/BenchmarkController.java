package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOrSystems;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/benchmarks/v1/benchmarks}: discretion benchmark versions, their entries and workflow. */
@RestController
@RequestMapping("/api/benchmarks/v1/benchmarks")
@Tag(name = "benchmarks", description = "行政裁量权基准 discretion benchmarks")
public class BenchmarkController {

    static final String BASE = "/api/benchmarks/v1/benchmarks/";
    static final Set<String> SORTABLE = Set.of("title", "status", "effectiveFrom", "publishedAt", "versionNo",
            "modifiedAt");

    private final BenchmarkService benchmarks;

    public BenchmarkController(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
    }

    @PostMapping
    @Operation(summary = "Create a draft benchmark of the caller's agency (version 1)")
    public ResponseEntity<BenchmarkView> create(@RequestBody(required = false) String body) {
        BenchmarkDocument d = benchmarks.create(body);
        return ResponseEntity.created(URI.create(BASE + d.getId())).eTag(Versions.etag(d)).body(BenchmarkView.of(d));
    }

    @GetMapping
    @Operation(summary = "Benchmark versions visible to the caller (paged)")
    public PageResponse<BenchmarkView> search(@RequestParam(required = false) BenchmarkStatus status,
                                              @RequestParam(required = false) BenchmarkLevel level,
                                              @RequestParam(required = false) String domain,
                                              @RequestParam(required = false) String agencyCode,
                                              @RequestParam(required = false) Boolean reviewRequired,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("title", "versionNo"));
        return PageResponse.of(benchmarks.search(new BenchmarkFilter(status, level, domain, agencyCode, reviewRequired),
                pageable), BenchmarkView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One benchmark version")
    public ResponseEntity<BenchmarkView> get(@PathVariable String id) {
        return respond(benchmarks.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Describe a draft (title, domain, document number, model); If-Match")
    public ResponseEntity<BenchmarkView> describe(@PathVariable String id,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                  @RequestBody(required = false) String body) {
        return respond(benchmarks.describe(id, Versions.parse(ifMatch), body));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of the same benchmark visible to the caller, oldest first")
    public List<BenchmarkView> versions(@PathVariable String id) {
        return benchmarks.versions(id).stream().map(BenchmarkView::of).toList();
    }

    @PostMapping("/{id}/versions")
    @Operation(summary = "Open the next version as a draft copy (reason LAW_CHANGE or OTHER)")
    public ResponseEntity<BenchmarkView> newVersion(@PathVariable String id,
                                                    @RequestBody(required = false) String body) {
        BenchmarkDocument d = benchmarks.newVersion(id, body);
        return ResponseEntity.created(URI.create(BASE + d.getId())).eTag(Versions.etag(d)).body(BenchmarkView.of(d));
    }

    @GetMapping("/{id}/entries")
    @Operation(summary = "The entries of a version")
    public List<BenchmarkView.EntryView> entries(@PathVariable String id) {
        return BenchmarkView.of(benchmarks.get(id)).entries();
    }

    @GetMapping("/{id}/entries/{entryId}")
    @Operation(summary = "One entry")
    public BenchmarkView.EntryView entry(@PathVariable String id, @PathVariable String entryId) {
        return BenchmarkView.EntryView.of(benchmarks.entry(id, entryId));
    }

    @PostMapping("/{id}/entries")
    @Operation(summary = "Add an entry to a draft; If-Match")
    public ResponseEntity<BenchmarkView.EntryView> addEntry(@PathVariable String id,
                                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                            @RequestBody(required = false) String body) {
        BenchmarkEntry e = benchmarks.addEntry(id, Versions.parse(ifMatch), body);
        return ResponseEntity.created(URI.create(BASE + id + "/entries/" + e.entryId()))
                .eTag(Versions.etag(benchmarks.get(id))).body(BenchmarkView.EntryView.of(e));
    }

    @PutMapping("/{id}/entries/{entryId}")
    @Operation(summary = "Replace an entry of a draft; If-Match")
    public ResponseEntity<BenchmarkView.EntryView> replaceEntry(@PathVariable String id, @PathVariable String entryId,
                                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                                @RequestBody(required = false) String body) {
        BenchmarkEntry e = benchmarks.replaceEntry(id, entryId, Versions.parse(ifMatch), body);
        return ResponseEntity.ok().eTag(Versions.etag(benchmarks.get(id))).body(BenchmarkView.EntryView.of(e));
    }

    @DeleteMapping("/{id}/entries/{entryId}")
    @Operation(summary = "Remove an entry of a draft; If-Match")
    public ResponseEntity<BenchmarkView> removeEntry(@PathVariable String id, @PathVariable String entryId,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(benchmarks.removeEntry(id, entryId, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "DRAFT → LEGAL_REVIEW")
    public ResponseEntity<BenchmarkView> submit(@PathVariable String id,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(benchmarks.submit(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "LEGAL_REVIEW → DRAFT with the reviewer's opinion (legal reviewers)")
    public ResponseEntity<BenchmarkView> returnToDraft(@PathVariable String id,
                                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                       @RequestBody(required = false) String body) {
        return respond(benchmarks.returnToDraft(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "LEGAL_REVIEW → APPROVED: legal review and collective deliberation (legal reviewers)")
    public ResponseEntity<BenchmarkView> approve(@PathVariable String id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @RequestBody(required = false) String body) {
        return respond(benchmarks.approve(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "APPROVED → PUBLISHED, with the hierarchy check (EXCEEDS_PARENT_TIER); emits BenchmarkVersionPublished")
    public ResponseEntity<BenchmarkView> publish(@PathVariable String id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @RequestBody(required = false) String body) {
        return respond(benchmarks.publish(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/repeal")
    @Operation(summary = "Repeal a published version from a date")
    public ResponseEntity<BenchmarkView> repeal(@PathVariable String id,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @RequestBody(required = false) String body) {
        return respond(benchmarks.repeal(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/jobs/activate")
    @CitySupervisorsOrSystems
    @Operation(summary = "PUBLISHED → EFFECTIVE for the caller's region's versions whose date has come (asOf ≤ today)")
    public Map<String, Object> activate(@RequestParam LocalDate asOf) {
        return Map.of("asOf", asOf, "activated", benchmarks.activate(asOf));
    }

    private static ResponseEntity<BenchmarkView> respond(BenchmarkDocument d) {
        return ResponseEntity.ok().eTag(Versions.etag(d)).body(BenchmarkView.of(d));
    }
}
