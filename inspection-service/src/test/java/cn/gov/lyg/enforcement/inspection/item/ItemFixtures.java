package cn.gov.lyg.enforcement.inspection.item;

import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSnapshot;
import cn.gov.lyg.enforcement.events.catalog.LawReference;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Catalog events for tests: item snapshots and a direct way to seed the projection for API tests of other features. */
public final class ItemFixtures {

    public static final String MARKET_INSPECTION = "3207-MKT-INS-0001";

    private ItemFixtures() {
    }

    public static EnforcementItemSnapshot snapshot(String itemId, String code, String type, String status,
                                                   List<String> agencies) {
        return new EnforcementItemSnapshot(itemId, code, null, "食品经营者监督检查", type, "MARKET", null, agencies,
                List.of("CITY", "COUNTY"), "DIRECT", true, false, List.of(),
                List.of(new LawReference("中华人民共和国食品安全法", "第一百一十条", null, null)), 1,
                LocalDate.of(2020, 1, 1), null, status);
    }

    public static EnforcementItemPublished published(String itemId, String code, long version, List<String> agencies) {
        return new EnforcementItemPublished(UUID.randomUUID().toString(), OffsetDateTime.now(), itemId, version,
                "320700", "catalog-admin", snapshot(itemId, code, "INSPECTION", "ACTIVE", agencies));
    }

    /** Seeds the projection as catalog's {@code EnforcementItemPublished} would (idempotent: version 1). */
    public static void publishMarketInspection(ItemService items, String... agencies) {
        items.onPublished(published("item-mkt-ins-0001", MARKET_INSPECTION, 1, List.of(agencies)));
    }

    /** Seeds the projection with an INSPECTION item of the code for the agencies (idempotent: version 1). */
    public static void publishInspectionItem(ItemService items, String itemId, String code, List<String> agencies) {
        items.onPublished(published(itemId, code, 1, agencies));
    }
}
