package cn.gov.lyg.enforcement.catalog.cleanup;

import cn.gov.lyg.enforcement.catalog.item.ItemController;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOrCatalogAdmins;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
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

/** {@code /api/catalog/v1/cleanup-batches}: 事项清理 batches. */
@RestController
@RequestMapping("/api/catalog/v1/cleanup-batches")
@Tag(name = "cleanup", description = "事项清理 clean-up batches")
public class CleanupController {

    private final CleanupService batches;

    public CleanupController(CleanupService batches) {
        this.batches = batches;
    }

    @PostMapping
    @AgencyAdminsOnly
    @Operation(summary = "Draft a batch of changes for the caller's agency (agency admins)")
    public ResponseEntity<View> create(@Valid @RequestBody CleanupCommands.Create command) {
        CleanupBatch batch = batches.create(command);
        return ResponseEntity.created(URI.create("/api/catalog/v1/cleanup-batches/" + batch.getId()))
                .eTag(Versions.etag(batch)).body(View.of(batch));
    }

    @PostMapping("/{id}/submit")
    @AgencyAdminsOnly
    @Operation(summary = "DRAFT → SUBMITTED (the agency's admin)")
    public ResponseEntity<View> submit(@PathVariable String id,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(batches.submit(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/review")
    @SupervisorsOnly
    @Operation(summary = "SUBMITTED → REVIEWED or REJECTED (judicial-bureau supervisor of the region)")
    public ResponseEntity<View> review(@PathVariable String id,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody CleanupCommands.Decision decision) {
        return respond(batches.review(id, Versions.parse(ifMatch), decision));
    }

    @PostMapping("/{id}/approve")
    @SupervisorsOrCatalogAdmins
    @Operation(summary = "REVIEWED → APPROVED or REJECTED (supervisor of the region, or catalog admin)")
    public ResponseEntity<View> approve(@PathVariable String id,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody CleanupCommands.Decision decision) {
        return respond(batches.approve(id, Versions.parse(ifMatch), decision));
    }

    @PostMapping("/{id}/reject")
    @SupervisorsOrCatalogAdmins
    @Operation(summary = "SUBMITTED or REVIEWED → REJECTED (supervisor of the region or catalog admin)")
    public ResponseEntity<View> reject(@PathVariable String id,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody(required = false) CleanupCommands.Decision decision) {
        return respond(batches.reject(id, Versions.parse(ifMatch), decision == null ? null
                : decision.opinion()));
    }

    @PostMapping("/{id}/publish")
    @CatalogAdminsOnly
    @Operation(summary = "APPROVED → PUBLISHED: applies every change (catalog admins); repeat to resume")
    public ResponseEntity<View> publish(@PathVariable String id,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(batches.publish(id, Versions.parse(ifMatch)));
    }

    @GetMapping("/{id}")
    @Authenticated
    public ResponseEntity<View> get(@PathVariable String id) {
        return respond(batches.get(id));
    }

    @GetMapping
    @Authenticated
    public PageResponse<View> search(@RequestParam(required = false) CleanupStatus status,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, Set.of("batchCode", "status", "createdAt"),
                Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(batches.search(status, pageable), View::of);
    }

    private static ResponseEntity<View> respond(CleanupBatch batch) {
        return ResponseEntity.ok().eTag(Versions.etag(batch)).body(View.of(batch));
    }


    /** API representation of a batch. */
    public record View(String id, String batchCode, String agencyCode, String regionCode, String reason,
                       List<CleanupChange> changes, CleanupStatus status, String statusName,
                       List<String> allowedActions, String submittedBy, String reviewedBy, String reviewOpinion,
                       String approvedBy, String rejectionReason, String publishedBy, Instant publishedAt,
                       Long version, String createdBy, Instant createdAt) {

        static View of(CleanupBatch b) {
            return new View(b.getId(), b.getBatchCode(), b.getAgencyCode(), b.getRegionCode(), b.getReason(),
                    b.getChanges(), b.getStatus(), b.getStatus().displayName(), b.getStatus().allowedActions(),
                    b.getSubmittedBy(), b.getReviewedBy(), b.getReviewOpinion(), b.getApprovedBy(),
                    b.getRejectionReason(), b.getPublishedBy(), b.getPublishedAt(), b.getVersion(), b.getCreatedBy(),
                    b.getCreatedAt());
        }
    }
}
