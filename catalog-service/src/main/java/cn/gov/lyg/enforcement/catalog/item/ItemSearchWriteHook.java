package cn.gov.lyg.enforcement.catalog.item;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Applies every successful write of an {@link EnforcementItem} by this instance to the {@link ItemSearchIndex},
 * synchronously, before the write returns to its caller. It hooks the one place all item writes go through: the
 * MongoTemplate's entity callbacks fire for {@code save} and for each document of a batch {@code insert}, whoever
 * calls them (item use cases, clean-up batches, law changes, spreadsheet import). A failed write (duplicate code,
 * version conflict) never gets here. Writes that bypass the mapping layer ({@code updateFirst} on the collection,
 * another instance, a manual fix in the database) are picked up by the read-model sync (ItemSearchConfiguration)'s refresh instead.
 */
@Component
public class ItemSearchWriteHook implements AfterSaveCallback<EnforcementItem>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ItemSearchWriteHook.class);

    private final ItemSearchIndex index;

    public ItemSearchWriteHook(ItemSearchIndex index) {
        this.index = index;
    }

    @Override
    public EnforcementItem onAfterSave(EnforcementItem item, Document document, String collection) {
        try {
            index.apply(ItemView.of(item));
        } catch (RuntimeException e) {
            // the write itself succeeded; the periodic refresh will bring the item in
            log.warn("catalog search: cannot apply the write of item {}: {}", item.getId(), e.toString());
        }
        return item;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
