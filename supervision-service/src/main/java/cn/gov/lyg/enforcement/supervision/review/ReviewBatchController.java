package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.platform.security.policy.SupervisionReaders;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
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

/** {@code /api/supervision/v1/review-batches}: 评查批次, the reproducible draw, reviewer assignment, publication. */
@RestController
@RequestMapping("/api/supervision/v1/review-batches")
@Tag(name = "review-batches", description = "案卷评查批次: seeded reproducible sampling from the case register")
public class ReviewBatchController {

    static final Set<String> SORTABLE = Set.of("year", "name", "status", "regionCode");
    private static final String IF_MATCH = "If-Match";

    private final ReviewBatchService batches;

    public ReviewBatchController(ReviewBatchService batches) {
        this.batches = batches;
    }

    @SupervisorsOnly
    @PostMapping
    @Operation(summary = "Create a batch (DRAFT) for the bureau's region with an approved template version")
    public ResponseEntity<ReviewViews.Batch> create(@RequestBody(required = false) ReviewCommands.CreateBatch body) {
        ReviewBatch b = batches.create(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/review-batches/" + b.getId()))
                .eTag(Versions.etag(b)).body(ReviewViews.Batch.of(b));
    }

    @SupervisionReaders
    @GetMapping
    public PageResponse<ReviewViews.Batch> search(@RequestParam(required = false) Integer year,
                                                  @RequestParam(required = false) BatchStatus status,
                                                  @RequestParam(required = false) Integer page,
                                                  @RequestParam(required = false) Integer size,
                                                  @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "year").and(Sort.by("_id")));
        return PageResponse.of(batches.search(year, status, pageable), ReviewViews.Batch::of);
    }

    @SupervisionReaders
    @GetMapping("/{id}")
    public ResponseEntity<ReviewViews.Batch> get(@PathVariable String id) {
        ReviewBatch b = batches.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(b)).body(ReviewViews.Batch.of(b));
    }

    @SupervisionReaders
    @GetMapping("/{id}/draw")
    @Operation(summary = "The recorded draw with its population and algorithm, re-run to show it is reproduced")
    public ReviewViews.DrawRecord drawRecord(@PathVariable String id) {
        return ReviewViews.DrawRecord.of(batches.get(id));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/draw")
    @Operation(summary = "DRAFT → SAMPLED: draw the files from the register's closed cases (seed and population recorded)")
    public ResponseEntity<ReviewViews.Batch> draw(@PathVariable String id,
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(batches.draw(id, Versions.parse(ifMatch)));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/assignments")
    @Operation(summary = "SAMPLED → ASSIGNED: reviewers for every file, never of the file's own agency")
    public ResponseEntity<ReviewViews.Batch> assign(@PathVariable String id,
                                                    @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                    @RequestBody(required = false) ReviewCommands.Assign body) {
        return respond(batches.assign(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/publish")
    @Operation(summary = "ASSIGNED → PUBLISHED once every file is scored; emits CaseFileReviewCompleted per file")
    public ResponseEntity<ReviewViews.Batch> publish(@PathVariable String id,
                                                     @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                     @RequestBody(required = false) ReviewCommands.At body) {
        return respond(batches.publish(id, Versions.parse(ifMatch), body));
    }

    private static ResponseEntity<ReviewViews.Batch> respond(ReviewBatch b) {
        return ResponseEntity.ok().eTag(Versions.etag(b)).body(ReviewViews.Batch.of(b));
    }
}
