package cn.gov.lyg.enforcement.benchmark.catalog;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What benchmark-service keeps of a catalog item (from {@code catalog.items.v1}): type, status and implementing
 * agencies, to validate entries' {@code catalogItemId}. {@code itemVersion}/{@code eventVersion} order updates: an
 * older event never overwrites a newer state.
 */
@Document(CatalogItem.COLLECTION)
public record CatalogItem(@Id String itemId, String itemCode, String name, String itemType, String status,
                          List<String> implementingAgencyCodes, int itemVersion, long eventVersion) {

    public static final String COLLECTION = "catalog_items";

    public boolean penalty() {
        return "PENALTY".equals(itemType);
    }

    public boolean usable() {
        return "ACTIVE".equals(status);
    }
}
