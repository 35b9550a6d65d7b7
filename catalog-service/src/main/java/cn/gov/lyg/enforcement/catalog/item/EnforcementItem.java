package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSnapshot;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
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

    protected EnforcementItem() {
        // for the mapping layer
    }

    /** A new draft; the definition has passed {@link ItemRules}. */
    public static EnforcementItem draft(ItemDefinition definition, Clock clock) {
        EnforcementItem item = new EnforcementItem();
        item.id = UUID.randomUUID().toString();
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
        return history == null ? List.of() : List.copyOf(history);
    }

    /** A superseded version of the item (kept inside the document; listed by {@code /items/{id}/versions}). */
    public record ItemVersionRecord(int itemVersion, ItemDefinition definition, LocalDate validFrom, LocalDate validTo,
                                    String reason) {
    }
}
