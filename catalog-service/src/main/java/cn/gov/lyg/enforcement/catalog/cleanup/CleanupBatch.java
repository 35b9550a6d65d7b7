package cn.gov.lyg.enforcement.catalog.cleanup;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 事项清理: a batch of changes an agency proposes for its own items (DOMAIN.md §2.4.2 CatalogCleanupBatch). The
 * judicial bureau of its region reviews and approves it, a catalog admin publishes it: publication applies every
 * change with its effective date, one item document per write, recording per change whether it was applied.
 */
@Document(CleanupBatch.COLLECTION)
public class CleanupBatch extends AggregateDocument {

    public static final String COLLECTION = "cleanup_batches";

    @Id
    private String id;
    private String batchCode;
    private String agencyCode;
    private String regionCode;
    private String reason;
    private List<CleanupChange> changes = new ArrayList<>();
    private CleanupStatus status;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private String reviewerAgencyCode;
    private String reviewOpinion;
    private Instant reviewedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String rejectedBy;
    private String rejectionReason;
    private String publishedBy;
    private Instant publishedAt;

    protected CleanupBatch() {
    }

    public static CleanupBatch draft(String agencyCode, String regionCode, String reason, List<CleanupChange> changes,
                                     Clock clock) {
        CleanupBatch batch = new CleanupBatch();
        batch.id = UUID.randomUUID().toString();
        batch.batchCode = "QL-" + regionCode + "-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE)
                + "-" + batch.id.substring(0, 6).toUpperCase();
        batch.agencyCode = agencyCode;
        batch.regionCode = regionCode;
        batch.reason = reason;
        batch.changes = new ArrayList<>(changes);
        batch.status = CleanupStatus.DRAFT;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("batchCode", batch.batchCode);
        details.put("changes", changes.size());
        batch.audit("CLEANUP_DRAFTED", details);
        return batch;
    }

    public void submit(String actor, Clock clock) {
        require("submit", CleanupStatus.DRAFT);
        status = CleanupStatus.SUBMITTED;
        submittedBy = actor;
        submittedAt = clock.instant();
        audit("CLEANUP_SUBMITTED", Map.of("batchCode", batchCode));
    }

    /** The judicial bureau's review: passes (REVIEWED) or rejects (REJECTED, nothing will change). */
    public void review(boolean passed, String opinion, String actor, String actorAgency, Clock clock) {
        require("review", CleanupStatus.SUBMITTED);
        reviewedBy = actor;
        reviewerAgencyCode = actorAgency;
        reviewOpinion = opinion;
        reviewedAt = clock.instant();
        if (passed) {
            status = CleanupStatus.REVIEWED;
            audit("CLEANUP_REVIEWED", Map.of("opinion", opinion == null ? "" : opinion));
        } else {
            reject(actor, opinion);
        }
    }

    public void approve(boolean approved, String opinion, String actor, Clock clock) {
        require("approve", CleanupStatus.REVIEWED);
        if (approved) {
            status = CleanupStatus.APPROVED;
            approvedBy = actor;
            approvedAt = clock.instant();
            audit("CLEANUP_APPROVED", Map.of("opinion", opinion == null ? "" : opinion));
        } else {
            reject(actor, opinion);
        }
    }

    private void reject(String actor, String opinion) {
        status = CleanupStatus.REJECTED;
        rejectedBy = actor;
        rejectionReason = opinion;
        audit("CLEANUP_REJECTED", Map.of("reason", opinion == null ? "" : opinion));
    }

    /** Publication may start (or resume) only from APPROVED. */
    public void requirePublishable() {
        require("publish", CleanupStatus.APPROVED);
    }

    public void markApplied(String changeId, String resultItemId, Clock clock) {
        for (int i = 0; i < changes.size(); i++) {
            CleanupChange change = changes.get(i);
            if (change.changeId().equals(changeId) && !change.applied()) {
                changes.set(i, change.applied(clock.instant(), resultItemId));
                audit("CLEANUP_CHANGE_APPLIED", Map.of("changeId", changeId, "action", change.action().name(),
                        "itemId", resultItemId));
            }
        }
    }

    /** APPROVED → PUBLISHED once every change is applied. */
    public void published(String actor, Clock clock) {
        requirePublishable();
        if (changes.stream().anyMatch(c -> !c.applied())) {
            throw new IllegalStateException("not every change of " + batchCode + " is applied");
        }
        status = CleanupStatus.PUBLISHED;
        publishedBy = actor;
        publishedAt = clock.instant();
        audit("CLEANUP_PUBLISHED", Map.of("batchCode", batchCode, "changes", changes.size()));
    }

    private void require(String action, CleanupStatus expected) {
        if (status != expected) {
            throw new InvalidTransitionException("CleanupBatch", status, action, status.allowedActions());
        }
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "CleanupBatch";
    }

    public String getId() {
        return id;
    }

    public String getBatchCode() {
        return batchCode;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getReason() {
        return reason;
    }

    public List<CleanupChange> getChanges() {
        return List.copyOf(changes);
    }

    public CleanupStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewOpinion() {
        return reviewOpinion;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
