package cn.gov.lyg.enforcement.catalog.cleanup;

import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a clean-up batch. {@code applied} records whether publication has applied it (the item document
 * also records {@code changeId}, written together with the change itself); an ADD creates the item with id
 * {@code changeId}, so that applying twice is a no-op.
 */
public record CleanupChange(String changeId, CleanupAction action, String itemId, ItemDefinition definition,
                            StatusReason reason, String basis, LocalDate effectiveDate, LocalDate until,
                            boolean applied, Instant appliedAt, String resultItemId) {

    public CleanupChange applied(Instant at, String resultItemId) {
        return new CleanupChange(changeId, action, itemId, definition, reason, basis, effectiveDate, until, true, at,
                resultItemId);
    }
}
