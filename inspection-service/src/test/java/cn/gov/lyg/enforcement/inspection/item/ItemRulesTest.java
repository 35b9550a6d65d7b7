package cn.gov.lyg.enforcement.inspection.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemRulesTest {

    private static final String A12 = "11320706300200020C";
    private static final String A16 = "11320722300400022W";
    private static final String TOWNSHIP = "11320722300401017J";
    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    private final ItemRules rules = new ItemRules();

    private static CatalogItem item(String type, String... agencies) {
        CatalogItem i = new CatalogItem("item-1");
        i.snapshot(1, "3207-MKT-INS-0001", type, "MARKET", List.of(agencies), "ACTIVE", null);
        i.published(LocalDate.of(2025, 1, 1));
        return i;
    }

    private Optional<String> check(CatalogItem item, String agency, LocalDate day, TownshipDelegation... ds) {
        return rules.refusal(item, List.of(ds), agency, day);
    }

    @Test
    void publishedInspectionItemOfTheAgencyIsUsable() {
        assertThat(check(item("INSPECTION", A12, A16), A12, DAY)).isEmpty();
    }

    @Test
    void unknownDraftForeignOrNonInspectionItemsAreNotPublished() {
        assertThat(check(null, A12, DAY)).contains("ITEM_NOT_PUBLISHED");
        CatalogItem draft = new CatalogItem("item-1");
        draft.snapshot(1, "3207-MKT-INS-0001", "INSPECTION", "MARKET", List.of(A12), "DRAFT", null);
        assertThat(check(draft, A12, DAY)).contains("ITEM_NOT_PUBLISHED");
        assertThat(check(item("INSPECTION", A16), A12, DAY)).contains("ITEM_NOT_PUBLISHED");
        assertThat(check(item("PENALTY", A12), A12, DAY)).contains("ITEM_NOT_PUBLISHED");
        assertThat(check(item("INSPECTION", A12), A12, LocalDate.of(2024, 12, 31))).contains("ITEM_NOT_PUBLISHED");
    }

    @Test
    void suspensionWindowIsInclusiveAndResumptionEndsIt() {
        CatalogItem i = item("INSPECTION", A12);
        i.suspended(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        assertThat(check(i, A12, LocalDate.of(2025, 5, 31))).isEmpty();
        assertThat(check(i, A12, LocalDate.of(2025, 6, 1))).contains("ITEM_SUSPENDED");
        assertThat(check(i, A12, LocalDate.of(2025, 6, 30))).contains("ITEM_SUSPENDED");
        assertThat(check(i, A12, LocalDate.of(2025, 7, 1))).isEmpty();
        i.suspended(LocalDate.of(2025, 6, 1), null);
        assertThat(check(i, A12, LocalDate.of(2026, 1, 1))).contains("ITEM_SUSPENDED");
        i.resumed(LocalDate.of(2025, 6, 15));
        assertThat(check(i, A12, LocalDate.of(2025, 6, 14))).contains("ITEM_SUSPENDED");
        assertThat(check(i, A12, LocalDate.of(2025, 6, 15))).isEmpty();
    }

    @Test
    void cancellationRefusesFromItsEffectiveDate() {
        CatalogItem i = item("INSPECTION", A12);
        i.cancelled(LocalDate.of(2025, 9, 1));
        assertThat(check(i, A12, LocalDate.of(2025, 8, 31))).isEmpty();
        assertThat(check(i, A12, LocalDate.of(2025, 9, 1))).contains("ITEM_CANCELLED");
    }

    @Test
    void delegatedItemIsUsableByTheTownshipUntilTheRecallDate() {
        CatalogItem i = item("INSPECTION", A16);
        TownshipDelegation d = new TownshipDelegation("del-1");
        d.granted(1, "item-parent", List.of("item-1"), TOWNSHIP, A16, LocalDate.of(2025, 3, 1), null);
        assertThat(check(i, TOWNSHIP, LocalDate.of(2025, 2, 28), d)).contains("ITEM_NOT_PUBLISHED");
        assertThat(check(i, TOWNSHIP, DAY, d)).isEmpty();
        assertThat(check(i, A12, DAY, d)).contains("ITEM_NOT_PUBLISHED");
        d.recalled(2, "item-parent", List.of("item-1"), TOWNSHIP, A16, LocalDate.of(2025, 6, 10));
        assertThat(check(i, TOWNSHIP, DAY, d)).isEmpty();
        assertThat(check(i, TOWNSHIP, DAY.plusDays(1), d)).contains("ITEM_NOT_PUBLISHED");
    }

    @Test
    void olderAggregateVersionsAreNotNewer() {
        CatalogItem i = item("INSPECTION", A12);
        assertThat(i.newerThanStored(1)).isFalse();
        assertThat(i.newerThanStored(2)).isTrue();
    }
}
