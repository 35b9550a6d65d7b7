package cn.gov.lyg.enforcement.catalog.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.catalog.item.ItemFixtures;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SheetsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void csvHandlesQuotesCommasLineBreaksAndTheBom() {
        byte[] csv = Sheets.writeCsv(List.of("a", "b"), List.of(List.of("x, y", "say \"hi\""), List.of("1\n2", "")));
        List<List<String>> rows = Sheets.read(new ByteArrayInputStream(csv), Sheets.Format.CSV);
        assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("1\n2", ""));
        assertThatThrownBy(() -> Sheets.read(new ByteArrayInputStream("a,\"b\n".getBytes(StandardCharsets.UTF_8)),
                Sheets.Format.CSV)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("IMPORT_FILE_UNREADABLE"));
    }

    @Test
    void xlsxRoundTripsAndGarbageIsUnreadable() {
        byte[] xlsx = Sheets.writeXlsx("s", List.of("a", "b"), List.of(List.of("中文", "2025-01-01")));
        assertThat(Sheets.read(new ByteArrayInputStream(xlsx), Sheets.Format.XLSX))
                .containsExactly(List.of("a", "b"), List.of("中文", "2025-01-01"));
        assertThatThrownBy(() -> Sheets.read(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)),
                Sheets.Format.XLSX)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("IMPORT_FILE_UNREADABLE"));
        assertThatThrownBy(() -> Sheets.Format.of("items.xls")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("IMPORT_FORMAT_UNSUPPORTED"));
    }

    @Test
    void anExportedRowParsesBackToTheSameDefinition() {
        EnforcementItem item = EnforcementItem.draft(ItemFixtures.foodLicencePenalty(), CLOCK);
        List<FieldViolation> errors = new ArrayList<>();
        Map<String, Integer> columns = ItemColumns.columnsOf(ItemColumns.header(), errors);
        ItemDefinition parsed = ItemColumns.parse(ItemColumns.row(item), columns, errors);
        assertThat(errors).isEmpty();
        assertThat(parsed).isEqualTo(ItemFixtures.foodLicencePenalty());
    }

    @Test
    void chineseHeadersAndDisplayNamesAreAccepted() {
        List<FieldViolation> errors = new ArrayList<>();
        Map<String, Integer> columns = ItemColumns.columnsOf(List.of("事项编码", "事项名称", "事项类型", "执法领域",
                "实施依据", "实施主体", "行使层级", "行使方式", "生效日期"), errors);
        assertThat(errors).isEmpty();
        ItemDefinition d = ItemColumns.parse(List.of("3207-MKT-PEN-0009", "名称", "行政处罚", "市场监管",
                "中华人民共和国食品安全法|第一百二十二条|第一款", "11320706300200020C；1132070030010002XW", "市级、县级",
                "直接行使", "2025/03/01"), columns, errors);
        assertThat(errors).isEmpty();
        assertThat(d.itemType()).isEqualTo(ItemType.PENALTY);
        assertThat(d.exerciseLevels()).containsExactlyInAnyOrder(AdminLevel.CITY, AdminLevel.COUNTY);
        assertThat(d.implementingAgencyCodes()).hasSize(2);
        assertThat(d.implementingBasis().get(0).paragraph()).isEqualTo("第一款");
        assertThat(d.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void badCellsAndHeadersAreReportedByField() {
        List<FieldViolation> headerErrors = new ArrayList<>();
        ItemColumns.columnsOf(List.of("事项编码", "colour"), headerErrors);
        assertThat(headerErrors).extracting(FieldViolation::code).containsOnly("IMPORT_HEADER_INVALID");
        assertThat(headerErrors).extracting(FieldViolation::field).contains("colour", "name", "itemType");
        List<FieldViolation> errors = new ArrayList<>();
        Map<String, Integer> columns = ItemColumns.columnsOf(ItemColumns.header(), new ArrayList<>());
        List<String> row = new ArrayList<>(ItemColumns.row(EnforcementItem.draft(ItemFixtures.foodLicencePenalty(),
                CLOCK)));
        row.set(3, "FINE");
        row.set(7, "只有法名");
        row.set(12, "maybe");
        row.set(16, "2025-13-01");
        ItemColumns.parse(row, columns, errors);
        assertThat(errors).extracting(FieldViolation::field)
                .containsExactly("itemType", "implementingBasis", "randomCheckItem", "validFrom");
    }
}
