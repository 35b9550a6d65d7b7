package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.catalog.EnforcementItemAdjusted;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemResumed;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemReviewRequired;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSnapshot;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 行政执法事项: one enforcement power, its legal basis, who exercises it at which level, and its life cycle
 * (DOMAIN.md §2.4.2). The aggregate enforces the state machine; content rules are checked by {@link ItemRules}
 * before a definition reaches it. Stored as one document, its events travel in the same write (outbox).
 */
@Document(EnforcementItem.COLLECTION)
public class EnforcementItem extends AggregateDocument {

    public static final String COLLECTION = "enforcement_items";
    /** Catalog events are city-wide: the 设区市 list of Lianyungang. */
    public static final String CITY_REGION = "320700";

    @Id
    private String id;
    private ItemDefinition definition;
    private ItemStatus status;
    private int itemVersion;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Instant publishedAt;
    private String publishedBy;
    private List<ItemVersionRecord> history = new ArrayList<>();
    private StatusReason statusReason;
    private String statusNote;
    /** First day (inclusive) on which the item is cancelled; null unless CANCELLED. */
    private LocalDate cancelledFrom;
    private List<Suspension> suspensions = new ArrayList<>();
    private boolean reviewRequired;
    private List<ReviewFlag> reviewFlags = new ArrayList<>();
    /** Ids of clean-up batch changes already applied to this item (idempotent, resumable batch publication). */
    private List<String> appliedChanges = new ArrayList<>();

    protected EnforcementItem() {
        // for the mapping layer
    }

    /** A new draft; the definition has passed {@link ItemRules}. */
    public static EnforcementItem draft(ItemDefinition definition, Clock clock) {
        return draft(UUID.randomUUID().toString(), definition, clock);
    }

    /** A new draft with a given id (clean-up batches derive it from the change, so that re-applying is a no-op). */
    public static EnforcementItem draft(String id, ItemDefinition definition, Clock clock) {
        EnforcementItem item = new EnforcementItem();
        item.id = id;
        item.definition = definition;
        item.status = ItemStatus.DRAFT;
        item.itemVersion = 1;
        item.validFrom = definition.validFrom() != null ? definition.validFrom() : LocalDate.now(clock);
        item.validTo = definition.validTo();
        item.audit("ITEM_DRAFTED", Map.of("itemCode", definition.itemCode(), "name", definition.name()));
        return item;
    }

    /** Replaces the content of a draft (only drafts are edited in place; active items are adjusted). */
    public void revise(ItemDefinition changed, Clock clock) {
        require("update", ItemStatus.DRAFT);
        this.definition = changed;
        this.validFrom = changed.validFrom() != null ? changed.validFrom() : LocalDate.now(clock);
        this.validTo = changed.validTo();
        audit("ITEM_DRAFT_REVISED", Map.of("itemCode", changed.itemCode()));
    }

    /** DRAFT → ACTIVE after legal review and approval; raises {@code EnforcementItemPublished} (rule C4). */
    public void publish(String actor, Clock clock) {
        require("publish", ItemStatus.DRAFT);
        this.status = ItemStatus.ACTIVE;
        this.publishedAt = clock.instant();
        this.publishedBy = actor;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("itemCode", definition.itemCode());
        details.put("itemVersion", itemVersion);
        details.put("validFrom", validFrom.toString());
        audit("ITEM_PUBLISHED", details);
        raise(new EnforcementItemPublished(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                CITY_REGION, actor, snapshot()));
    }

    /**
     * ACTIVE → ACTIVE vN+1: the new definition applies from {@code effectiveFrom} (inclusive); the current version
     * ends the day before and is kept in the history. The item code never changes. Clears pending review flags.
     */
    public void adjust(ItemDefinition changed, LocalDate effectiveFrom, StatusReason reason, String note, String actor,
                       Clock clock) {
        require("adjust", ItemStatus.ACTIVE);
        if (!definition.itemCode().equals(changed.itemCode())) {
            throw ApiException.invalid("ITEM_CODE_IMMUTABLE",
                    List.of(FieldViolation.of("definition.itemCode", "ITEM_CODE_IMMUTABLE")));
        }
        LocalDate from = effectiveFrom != null ? effectiveFrom : LocalDate.now(clock);
        if (!from.isAfter(validFrom)) {
            throw ApiException.invalid("EFFECTIVE_DATE_INVALID",
                    List.of(FieldViolation.of("effectiveFrom", "EFFECTIVE_DATE_INVALID")));
        }
        if (changed.validTo() != null && changed.validTo().isBefore(from)) {
            throw ApiException.invalid("VALIDITY_RANGE", List.of(FieldViolation.of("definition.validTo",
                    "VALIDITY_RANGE")));
        }
        StatusReason why = reason != null ? reason : StatusReason.OTHER;
        int previousVersion = itemVersion;
        LocalDate previousValidTo = from.minusDays(1);
        history().add(0, new ItemVersionRecord(itemVersion, definition, validFrom,
                validTo != null && validTo.isBefore(previousValidTo) ? validTo : previousValidTo,
                why.name() + (note == null || note.isBlank() ? "" : ": " + note)));
        this.definition = changed;
        this.itemVersion = itemVersion + 1;
        this.validFrom = from;
        this.validTo = changed.validTo();
        this.statusReason = why;
        this.statusNote = note;
        this.reviewRequired = false;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("itemCode", definition.itemCode());
        details.put("itemVersion", itemVersion);
        details.put("previousItemVersion", previousVersion);
        details.put("effectiveFrom", from.toString());
        details.put("reason", why.name());
        audit("ITEM_ADJUSTED", details);
        raise(new EnforcementItemAdjusted(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                CITY_REGION, actor, previousVersion, previousValidTo, why.name(), note, snapshot()));
    }

    /**
     * ACTIVE → SUSPENDED: no new use from {@code effectiveFrom} (default today) through {@code until} (inclusive,
     * open when null). A reason is required.
     */
    public void suspend(StatusReason reason, String note, LocalDate effectiveFrom, LocalDate until, String actor,
                        Clock clock) {
        require("suspend", ItemStatus.ACTIVE);
        requireReason(reason);
        LocalDate from = effectiveFrom != null ? effectiveFrom : LocalDate.now(clock);
        if (until != null && until.isBefore(from)) {
            throw ApiException.invalid("VALIDITY_RANGE", List.of(FieldViolation.of("until", "VALIDITY_RANGE")));
        }
        this.status = ItemStatus.SUSPENDED;
        this.statusReason = reason;
        this.statusNote = note;
        suspensions().add(new Suspension(from, until, reason, note, null));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("effectiveFrom", from.toString());
        details.put("until", until == null ? "" : until.toString());
        details.put("reason", reason.name());
        audit("ITEM_SUSPENDED", details);
        raise(new EnforcementItemSuspended(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                CITY_REGION, actor, reason.name(), note, from, until, snapshot()));
    }

    /** SUSPENDED → ACTIVE: usable again from {@code effectiveFrom} (default today); closes the open suspension. */
    public void resume(LocalDate effectiveFrom, String actor, Clock clock) {
        require("resume", ItemStatus.SUSPENDED);
        LocalDate from = effectiveFrom != null ? effectiveFrom : LocalDate.now(clock);
        Suspension open = suspensions().get(suspensions().size() - 1);
        if (from.isBefore(open.from())) {
            throw ApiException.invalid("EFFECTIVE_DATE_INVALID",
                    List.of(FieldViolation.of("effectiveFrom", "EFFECTIVE_DATE_INVALID")));
        }
        LocalDate lastDay = from.minusDays(1);
        LocalDate until = open.until() != null && open.until().isBefore(lastDay) ? open.until() : lastDay;
        suspensions().set(suspensions().size() - 1, new Suspension(open.from(), until, open.reason(), open.note(), from));
        this.status = ItemStatus.ACTIVE;
        this.statusReason = null;
        this.statusNote = null;
        audit("ITEM_RESUMED", Map.of("effectiveFrom", from.toString()));
        raise(new EnforcementItemResumed(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                CITY_REGION, actor, from, snapshot()));
    }

    /**
     * ACTIVE|SUSPENDED → CANCELLED (terminal) from {@code effectiveDate} (inclusive, default today): uses dated
     * before it remain valid. A reason is required; the date cannot precede the current version.
     */
    public void cancel(StatusReason reason, String note, LocalDate effectiveDate, String actor, Clock clock) {
        if (status != ItemStatus.ACTIVE && status != ItemStatus.SUSPENDED) {
            throw new InvalidTransitionException("EnforcementItem", status, "cancel", status.allowedActions());
        }
        requireReason(reason);
        LocalDate from = effectiveDate != null ? effectiveDate : LocalDate.now(clock);
        if (from.isBefore(validFrom)) {
            throw ApiException.invalid("EFFECTIVE_DATE_INVALID",
                    List.of(FieldViolation.of("effectiveDate", "EFFECTIVE_DATE_INVALID")));
        }
        this.status = ItemStatus.CANCELLED;
        this.statusReason = reason;
        this.statusNote = note;
        this.cancelledFrom = from;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("effectiveDate", from.toString());
        details.put("reason", reason.name());
        audit("ITEM_CANCELLED", details);
        raise(new EnforcementItemCancelled(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                CITY_REGION, actor, reason.name(), note, from, snapshot()));
    }

    /**
     * Flags the item for review because of a law change citing one of its provisions; a second flag for the same
     * law change is a no-op (returns false), so that recording a law change can be resumed.
     */
    public boolean flagForReview(String lawChangeId, String lawName, String article, String changeType,
                                 LocalDate effectiveDate, List<String> citedAs, Clock clock) {
        if (reviewFlags().stream().anyMatch(flag -> flag.lawChangeId().equals(lawChangeId))) {
            return false;
        }
        reviewFlags().add(new ReviewFlag(lawChangeId, lawName, article, changeType, effectiveDate, citedAs,
                clock.instant()));
        this.reviewRequired = true;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lawChangeId", lawChangeId);
        details.put("lawName", lawName);
        details.put("article", article == null ? "" : article);
        details.put("changeType", changeType);
        audit("ITEM_REVIEW_REQUIRED", details);
        raise(new EnforcementItemReviewRequired(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id,
                nextVersion(), CITY_REGION, lawChangeId, lawName, article, changeType, effectiveDate, citedAs,
                snapshot()));
        return true;
    }

    /** Records that a clean-up change was applied (in the same write as the change itself). */
    public void markApplied(String changeId) {
        appliedChanges().add(changeId);
    }

    public boolean hasApplied(String changeId) {
        return appliedChanges().contains(changeId);
    }

    /** The version in force on {@code date}: the current one or one from the history; empty before the first. */
    public java.util.Optional<ItemVersionRecord> versionOn(LocalDate date) {
        if (!date.isBefore(validFrom)) {
            if (validTo != null && date.isAfter(validTo)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new ItemVersionRecord(itemVersion, definition, validFrom, validTo, null));
        }
        return history().stream().filter(h -> !date.isBefore(h.validFrom())
                && (h.validTo() == null || !date.isAfter(h.validTo()))).findFirst();
    }

    /** The suspension covering {@code date}, if any (inclusive bounds). */
    public java.util.Optional<Suspension> suspensionOn(LocalDate date) {
        return suspensions().stream().filter(s -> s.covers(date)).findFirst();
    }

    private static void requireReason(StatusReason reason) {
        if (reason == null) {
            throw ApiException.invalid("VALIDATION_FAILED", List.of(FieldViolation.of("reason", "FIELD_REQUIRED")));
        }
    }

    private List<ItemVersionRecord> history() {
        if (history == null) {
            history = new ArrayList<>();
        }
        return history;
    }

    private List<Suspension> suspensions() {
        if (suspensions == null) {
            suspensions = new ArrayList<>();
        }
        return suspensions;
    }

    private List<ReviewFlag> reviewFlags() {
        if (reviewFlags == null) {
            reviewFlags = new ArrayList<>();
        }
        return reviewFlags;
    }

    private List<String> appliedChanges() {
        if (appliedChanges == null) {
            appliedChanges = new ArrayList<>();
        }
        return appliedChanges;
    }

    private void require(String action, ItemStatus expected) {
        if (status != expected) {
            throw new InvalidTransitionException("EnforcementItem", status, action, status.allowedActions());
        }
    }

    /** What consumers need to know about the current version. */
    public EnforcementItemSnapshot snapshot() {
        return new EnforcementItemSnapshot(id, definition.itemCode(), definition.provincialItemCode(),
                definition.name(), definition.itemType().name(), definition.domain().name(), definition.parentItemId(),
                definition.implementingAgencyCodes(),
                definition.exerciseLevels().stream().sorted().map(Enum::name).toList(),
                definition.exerciseMode().name(), definition.randomCheckItem(), definition.keySupervision(),
                definition.settingBasis().stream().map(LawRef::toEvent).toList(),
                definition.implementingBasis().stream().map(LawRef::toEvent).toList(),
                itemVersion, validFrom, validTo, status.name());
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "EnforcementItem";
    }

    public String getId() {
        return id;
    }

    public ItemDefinition getDefinition() {
        return definition;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public int getItemVersion() {
        return itemVersion;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<ItemVersionRecord> getHistory() {
        return List.copyOf(history());
    }

    public StatusReason getStatusReason() {
        return statusReason;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public LocalDate getCancelledFrom() {
        return cancelledFrom;
    }

    public List<Suspension> getSuspensions() {
        return List.copyOf(suspensions());
    }

    public boolean isReviewRequired() {
        return reviewRequired;
    }

    public List<ReviewFlag> getReviewFlags() {
        return List.copyOf(reviewFlags());
    }

    /** A suspension period, inclusive at both ends (open-ended when {@code until} is null). */
    public record Suspension(LocalDate from, LocalDate until, StatusReason reason, String note, LocalDate resumedOn) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (until == null || !date.isAfter(until));
        }
    }

    /** Why the item needs review: a law change citing one of its provisions. */
    public record ReviewFlag(String lawChangeId, String lawName, String article, String changeType,
                             LocalDate effectiveDate, List<String> citedAs, Instant flaggedAt) {
    }

    /** A superseded version of the item (kept inside the document; listed by {@code /items/{id}/versions}). */
    public record ItemVersionRecord(int itemVersion, ItemDefinition definition, LocalDate validFrom, LocalDate validTo,
                                    String reason) {
    }
}
