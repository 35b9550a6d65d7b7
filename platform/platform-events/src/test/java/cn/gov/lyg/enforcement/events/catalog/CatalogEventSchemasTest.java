package cn.gov.lyg.enforcement.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every catalog event beyond the published one matches its schema, and the schemas reject the usual mistakes. */
class CatalogEventSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 9, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final String HZ_URBAN = "113207063002000399";
    private static final String NIUSHAN = "11320722300401017J";

    static EnforcementItemSnapshot snapshot(String status) {
        var basis = List.of(new LawReference("城市道路管理条例", "第四十二条", null, "（六）"));
        return new EnforcementItemSnapshot(UUID.randomUUID().toString(), "3207-URB-PEN-0001", null,
                "对未按照批准的位置、面积、期限占用或者挖掘城市道路的行政处罚", "PENALTY", "URBAN_MGMT", null,
                List.of("113207003001000708", HZ_URBAN), List.of("CITY", "COUNTY"), "DIRECT", false, false, basis, basis,
                2, LocalDate.of(2025, 3, 1), null, status);
    }

    static Stream<DomainEvent> events() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                new EnforcementItemAdjusted(id, AT, "item-1", 3, "320700", "catalog-admin", 1,
                        LocalDate.of(2025, 2, 28), "LAW_AMENDED", null, snapshot("ACTIVE")),
                new EnforcementItemSuspended(id, AT, "item-1", 3, "320700", "catalog-admin", "INSTITUTIONAL_REFORM",
                        "机构改革", LocalDate.of(2025, 9, 1), null, snapshot("SUSPENDED")),
                new EnforcementItemResumed(id, AT, "item-1", 4, "320700", "catalog-admin", LocalDate.of(2025, 10, 1),
                        snapshot("ACTIVE")),
                new EnforcementItemCancelled(id, AT, "item-1", 5, "320700", "catalog-admin", "LAW_REPEALED", null,
                        LocalDate.of(2025, 9, 1), snapshot("CANCELLED")),
                new EnforcementItemReviewRequired(id, AT, "item-1", 6, "320700", "law-change-1", "城市道路管理条例",
                        "第四十二条", "AMENDED", LocalDate.of(2025, 9, 1), List.of("SETTING", "IMPLEMENTING"),
                        snapshot("ACTIVE")),
                new LawChangeRecorded(id, AT, "law-change-1", 1, "320700", "城市道路管理条例", "第四十二条", "REPEALED",
                        LocalDate.of(2026, 1, 1), 0),
                new LawChangeRecorded(id, AT, "law-change-2", 1, "320700", "城市道路管理条例", null, "AMENDED",
                        LocalDate.of(2026, 1, 1), 3),
                new TownshipDelegationGranted(id, AT, "delegation-1", 2, "320722", "11320722300400022W", "item-1",
                        "3207-URB-PEN-0001", "PENALTY", List.of("item-1", "item-2"), "11320722300400022W", NIUSHAN,
                        "苏政发〔2025〕1号", null, LocalDate.of(2025, 1, 1), null),
                new TownshipDelegationRecalled(id, AT, "delegation-1", 4, "320722", "11320722300400022W", "item-1",
                        "3207-URB-PEN-0001", List.of("item-1"), "11320722300400022W", NIUSHAN, "苏政发〔2025〕1号",
                        LocalDate.of(2025, 8, 1), "评估后收回"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void eachEventMatchesItsSchemaAndRejectsUnknownFields(DomainEvent event) {
        ObjectNode node = JSON.valueToTree(event);
        assertThat(EventSchemas.validate(event.getClass(), node)).isEmpty();
        node.put("unexpected", 1);
        node.put("regionCode", "3207");
        assertThat(EventSchemas.validate(event.getClass(), node)).hasSize(2);
        var contract = EventContracts.of(event);
        assertThat(contract.type()).startsWith("cn.gov.lyg.enforcement.catalog.").endsWith(".v1");
        assertThat(contract.topic()).isIn(Topics.CATALOG_ITEMS, Topics.CATALOG_DELEGATIONS, Topics.CATALOG_LAW_CHANGES);
    }

    @Test
    void reasonsAndChangeTypesAreClosedLists() {
        ObjectNode cancelled = JSON.valueToTree(new EnforcementItemCancelled(UUID.randomUUID().toString(), AT, "i", 1,
                "320700", null, "BORED", null, LocalDate.of(2025, 9, 1), snapshot("CANCELLED")));
        assertThat(EventSchemas.validate(EnforcementItemCancelled.class, cancelled)).hasSize(1);
        ObjectNode review = JSON.valueToTree(new EnforcementItemReviewRequired(UUID.randomUUID().toString(), AT, "i",
                1, "320700", "lc", "城市道路管理条例", null, "RENAMED", LocalDate.of(2025, 9, 1), List.of(),
                snapshot("ACTIVE")));
        assertThat(EventSchemas.validate(EnforcementItemReviewRequired.class, review)).hasSize(2);
    }
}
