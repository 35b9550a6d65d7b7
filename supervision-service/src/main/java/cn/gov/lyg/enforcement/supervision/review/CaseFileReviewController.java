package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.CaseFileReviewReaders;
import cn.gov.lyg.enforcement.platform.security.policy.CaseFileReviewers;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/supervision/v1/reviews}: the review of each sampled file, its score, grade and rectification. */
@RestController
@RequestMapping("/api/supervision/v1/reviews")
@Tag(name = "reviews", description = "案卷评查: scoring with veto items and deductions, grades, rectification")
public class CaseFileReviewController {

    static final Set<String> SORTABLE = Set.of("agencyCode", "caseNo", "score", "grade", "status", "rectificationDueOn");
    private static final String IF_MATCH = "If-Match";

    private final CaseFileReviewService reviews;
    private final ReviewBatchService batches;

    public CaseFileReviewController(CaseFileReviewService reviews, ReviewBatchService batches) {
        this.reviews = reviews;
        this.batches = batches;
    }

    @CaseFileReviewReaders
    @GetMapping
    @Operation(summary = "File reviews in the caller's sight; rectificationOverdueAsOf: rectification not reported by its due day")
    public PageResponse<ReviewViews.Review> search(@RequestParam(required = false) String batchId,
                                                   @RequestParam(required = false) String agencyCode,
                                                   @RequestParam(required = false) ReviewStatus status,
                                                   @RequestParam(required = false) ReviewGrade grade,
                                                   @RequestParam(required = false, defaultValue = "false") boolean assignedToMe,
                                                   @RequestParam(required = false) LocalDate rectificationOverdueAsOf,
                                                   @RequestParam(required = false) LocalDate asOf,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size,
                                                   @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("_id"));
        LocalDate day = asOf != null ? asOf : batches.today();
        return PageResponse.of(reviews.search(batchId, agencyCode, status, grade, assignedToMe,
                rectificationOverdueAsOf, pageable), r -> ReviewViews.Review.of(r, day));
    }

    @CaseFileReviewReaders
    @GetMapping("/{id}")
    public ResponseEntity<ReviewViews.Review> get(@PathVariable String id,
                                                  @RequestParam(required = false) LocalDate asOf) {
        CaseFileReview r = reviews.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(r))
                .body(ReviewViews.Review.of(r, asOf != null ? asOf : batches.today()));
    }

    @CaseFileReviewers
    @PostMapping("/{id}/score")
    @Operation(summary = "An assigned reviewer scores the file (veto → UNQUALIFIED / 0; 100 − deductions otherwise)")
    public ResponseEntity<ReviewViews.Review> score(@PathVariable String id,
                                                    @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                    @RequestBody(required = false) ReviewCommands.Score body) {
        return respond(reviews.score(id, Versions.parse(ifMatch), body));
    }

    @AgencyManagement
    @PostMapping("/{id}/rectification")
    @Operation(summary = "The reviewed agency reports its rectification (late reports are marked)")
    public ResponseEntity<ReviewViews.Review> rectify(@PathVariable String id,
                                                      @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                      @RequestBody(required = false) ReviewCommands.Rectify body) {
        return respond(reviews.rectify(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/rectification/verify")
    @Operation(summary = "The bureau verifies the rectification (not ok: required again by newDueOn)")
    public ResponseEntity<ReviewViews.Review> verify(@PathVariable String id,
                                                     @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                     @RequestBody(required = false) ReviewCommands.VerifyRectification body) {
        return respond(reviews.verifyRectification(id, Versions.parse(ifMatch), body));
    }

    private ResponseEntity<ReviewViews.Review> respond(CaseFileReview r) {
        return ResponseEntity.ok().eTag(Versions.etag(r)).body(ReviewViews.Review.of(r, batches.today()));
    }
}
