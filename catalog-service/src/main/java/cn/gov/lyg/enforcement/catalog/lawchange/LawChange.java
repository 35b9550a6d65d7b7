package cn.gov.lyg.enforcement.catalog.lawchange;

import cn.gov.lyg.enforcement.catalog.item.LawRef;
import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.events.catalog.LawChangeRecorded;
import cn.gov.lyg.enforcement.events.vocabulary.LawChangeType;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.Clock;
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
 * 立改废: a change of a law (one article, or the whole law when {@code article} is null) with its effective date.
 * Recording it finds the ACTIVE items citing the provision ({@code affectedItemIds}) and flags them one by one;
 * {@code flaggedItemIds} records the progress, so that an interrupted run is resumed without double flags.
 */
@Document(LawChange.COLLECTION)
public class LawChange extends AggregateDocument {

    public static final String COLLECTION = "law_changes";

    @Id
    private String id;
    private String lawName;
    private String article;
    private LawChangeType changeType;
    private LocalDate effectiveDate;
    private String note;
    private List<String> affectedItemIds = new ArrayList<>();
    private List<String> flaggedItemIds = new ArrayList<>();
    private boolean completed;

    protected LawChange() {
    }

    public static LawChange record(String lawName, String article, LawChangeType changeType, LocalDate effectiveDate,
                                   String note, List<String> affectedItemIds, Clock clock) {
        LawChange change = new LawChange();
        change.id = UUID.randomUUID().toString();
        change.lawName = normalize(lawName);
        change.article = article == null || article.isBlank() ? null : normalize(article);
        change.changeType = changeType;
        change.effectiveDate = effectiveDate;
        change.note = note;
        change.affectedItemIds = new ArrayList<>(affectedItemIds);
        change.completed = affectedItemIds.isEmpty();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lawName", change.lawName);
        details.put("article", change.article == null ? "" : change.article);
        details.put("changeType", changeType.name());
        details.put("effectiveDate", effectiveDate.toString());
        details.put("affectedItems", affectedItemIds.size());
        change.audit("LAW_CHANGE_RECORDED", details);
        change.raise(new LawChangeRecorded(UUID.randomUUID().toString(), OffsetDateTime.now(clock), change.id,
                change.nextVersion(), EnforcementItem.CITY_REGION, change.lawName, change.article, changeType.name(),
                effectiveDate, affectedItemIds.size()));
        return change;
    }

    /** Whether a legal reference cites the changed provision (the whole law when no article is given). */
    public static boolean cites(LawRef ref, String lawName, String article) {
        return ref != null && normalize(ref.lawName()).equals(normalize(lawName))
                && (article == null || article.isBlank() || normalize(ref.article()).equals(normalize(article)));
    }

    static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }

    public void flagged(List<String> itemIds) {
        for (String itemId : itemIds) {
            if (!flaggedItemIds.contains(itemId)) {
                flaggedItemIds.add(itemId);
            }
        }
        completed = flaggedItemIds.containsAll(affectedItemIds);
        if (completed) {
            audit("LAW_CHANGE_ITEMS_FLAGGED", Map.of("flaggedItems", flaggedItemIds.size()));
        }
    }

    public List<String> pendingItemIds() {
        return affectedItemIds.stream().filter(i -> !flaggedItemIds.contains(i)).toList();
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "LawChange";
    }

    public String getId() {
        return id;
    }

    public String getLawName() {
        return lawName;
    }

    public String getArticle() {
        return article;
    }

    public LawChangeType getChangeType() {
        return changeType;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getNote() {
        return note;
    }

    public List<String> getAffectedItemIds() {
        return List.copyOf(affectedItemIds);
    }

    public List<String> getFlaggedItemIds() {
        return List.copyOf(flaggedItemIds);
    }

    public boolean isCompleted() {
        return completed;
    }
}
