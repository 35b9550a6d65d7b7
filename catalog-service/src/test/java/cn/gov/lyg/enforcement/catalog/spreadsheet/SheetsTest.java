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

    /** A real workbook whose first sheet is replaced by {@code sheet} (written straight into the zip). */
    private static byte[] workbookWithSheet(SheetContent sheet) throws Exception {
        byte[] template = Sheets.writeXlsx("s", List.of("a"), List.of());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template-", ".xlsx");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var ignored = (AutoCloseable) () -> java.nio.file.Files.deleteIfExists(file)) {
            java.nio.file.Files.write(file, template);
            try (var in = new java.util.zip.ZipFile(file.toFile());
                 var zip = new java.util.zip.ZipOutputStream(out)) {
                zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
                for (var entry : java.util.Collections.list(in.entries())) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        var writer = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
                        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
                                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                        sheet.write(writer);
                        writer.flush();
                    } else {
                        try (var part = in.getInputStream(entry)) {
                            part.transferTo(zip);
                        }
                    }
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface SheetContent {
        void write(java.io.Writer out) throws java.io.IOException;
    }

    private static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String importCode(byte[] file, Sheets.Format format) {
        try {
            Sheets.read(new ByteArrayInputStream(file), format);
            return "read";
        } catch (ApiException e) {
            return e.code();
        }
    }

    @Test
    void aWellFormedHandWrittenSheetIsRead() throws Exception {
        byte[] file = workbookWithSheet(out -> out.write("<row r=\"1\">" + cell("A1", "a") + cell("C1", "c")
                + "</row><row r=\"3\">" + cell("B3", "=1+1") + "</row></sheetData></worksheet>"));
        assertThat(Sheets.read(new ByteArrayInputStream(file), Sheets.Format.XLSX))
                .containsExactly(List.of("a", "", "c"), List.of(), List.of("", "=1+1"));
    }

    @Test
    void rowsBeyondTheLimitStopTheReadBeforeTheRestOfTheFileIsParsed() throws Exception {
        // the limit trips at row 10 002 (header + 10 000 data rows); what follows is not even XML: a reader that
        // built the workbook first would fail on it (unreadable) instead of stopping at the limit
        byte[] file = workbookWithSheet(out -> {
            for (int r = 1; r <= Sheets.MAX_ROWS + 2; r++) {
                out.write("<row r=\"" + r + "\">" + cell("A" + r, "x") + "</row>");
            }
            out.write("<row><c <<< not xml");
        });
        assertThat(importCode(file, Sheets.Format.XLSX)).isEqualTo("IMPORT_TOO_LARGE");
        byte[] inRange = workbookWithSheet(out -> {
            for (int r = 1; r <= Sheets.MAX_ROWS + 1; r++) {
                out.write("<row r=\"" + r + "\">" + cell("A" + r, "x") + "</row>");
            }
            out.write("</sheetData></worksheet>");
        });
        assertThat(Sheets.read(new ByteArrayInputStream(inRange), Sheets.Format.XLSX)).hasSize(Sheets.MAX_ROWS + 1);
    }

    @Test
    void columnsAndCellsAreBounded() throws Exception {
        byte[] farColumn = workbookWithSheet(out -> out.write("<row r=\"1\">" + cell("A1", "a") + cell("XFD1", "z")
                + "</row></sheetData></worksheet>"));
        assertThat(importCode(farColumn, Sheets.Format.XLSX)).isEqualTo("IMPORT_TOO_MANY_COLUMNS");
        byte[] longCell = workbookWithSheet(out -> out.write("<row r=\"1\">" + cell("A1", "x".repeat(40_000))
                + "</row></sheetData></worksheet>"));
        assertThat(importCode(longCell, Sheets.Format.XLSX)).isEqualTo("IMPORT_CELL_TOO_LONG");
        byte[] wideCsv = (String.join(",", java.util.Collections.nCopies(65, "h")) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(importCode(wideCsv, Sheets.Format.CSV)).isEqualTo("IMPORT_TOO_MANY_COLUMNS");
        byte[] manyCsvRows = ("h\n" + "x\n".repeat(Sheets.MAX_ROWS + 1)).getBytes(StandardCharsets.UTF_8);
        assertThat(importCode(manyCsvRows, Sheets.Format.CSV)).isEqualTo("IMPORT_TOO_LARGE");
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() throws Exception {
        // 80 MB of blanks inside the sheet deflate to well under 1 MB: a compression ratio no real sheet has
        char[] blanks = new char[1 << 20];
        java.util.Arrays.fill(blanks, ' ');
        byte[] bomb = workbookWithSheet(out -> {
            out.write("<row r=\"1\">" + cell("A1", "a") + "</row>");
            for (int i = 0; i < 80; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>");
        });
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(importCode(bomb, Sheets.Format.XLSX)).isEqualTo("IMPORT_ZIP_BOMB");
    }
}
