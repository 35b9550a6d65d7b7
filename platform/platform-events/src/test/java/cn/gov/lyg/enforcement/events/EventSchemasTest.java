package cn.gov.lyg.enforcement.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSnapshot;
import cn.gov.lyg.enforcement.events.catalog.LawReference;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventSchemasTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private EnforcementItemPublished sample() {
        var basis = List.of(new LawReference("中华人民共和国食品安全法", "第一百二十二条", "第一款", null));
        var item = new EnforcementItemSnapshot(UUID.randomUUID().toString(), "3207-MKT-PEN-0001", null,
                "对未取得食品经营许可从事食品经营活动的行政处罚", "PENALTY", "MARKET", null,
                List.of("1132070030010002XW", "11320706300200020C"), List.of("CITY", "COUNTY"), "DIRECT",
                false, false, basis, basis, 1, LocalDate.of(2025, 1, 1), null, "ACTIVE");
        return new EnforcementItemPublished(UUID.randomUUID().toString(),
                OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)), item.itemId(), 2, "320700",
                "catalog-admin", item);
    }

    @Test
    void publishedEventMatchesItsSchema() {
        JsonNode node = json.valueToTree(sample());
        assertThat(EventSchemas.validate(EnforcementItemPublished.class, node)).isEmpty();
    }

    @Test
    void schemaRejectsMissingBasisWrongTypeAndUnknownFields() {
        ObjectNode node = json.valueToTree(sample());
        ((ObjectNode) node.get("item")).putArray("implementingBasis");
        ((ObjectNode) node.get("item")).put("itemType", "FINE");
        node.put("unexpected", true);
        List<String> errors = EventSchemas.validate(EnforcementItemPublished.class, node);
        assertThat(errors).hasSize(3);
        assertThat(String.join("\n", errors)).contains("implementingBasis", "itemType", "unexpected");
    }

    @Test
    void contractIsReadFromTheAnnotation() {
        EventContract contract = EventContracts.of(EnforcementItemPublished.class);
        assertThat(contract.type()).isEqualTo("cn.gov.lyg.enforcement.catalog.item.published.v1");
        assertThat(contract.topic()).isEqualTo(Topics.CATALOG_ITEMS);
        assertThatThrownBy(() -> EventContracts.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
