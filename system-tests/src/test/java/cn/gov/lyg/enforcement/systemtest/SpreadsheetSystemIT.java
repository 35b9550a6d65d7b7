package cn.gov.lyg.enforcement.systemtest;

import static cn.gov.lyg.enforcement.systemtest.Catalog.ADMIN;
import static cn.gov.lyg.enforcement.systemtest.Catalog.OFFICER;
import static cn.gov.lyg.enforcement.systemtest.Catalog.get;
import static cn.gov.lyg.enforcement.systemtest.Catalog.ok;
import static cn.gov.lyg.enforcement.systemtest.Catalog.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * XLSX import (workbook built here with Apache POI) with its row-by-row report and all-or-nothing semantics,
 * malformed files as problems with their codes, and XLSX/CSV export through the gateway.
 */
class SpreadsheetSystemIT {

    private static final List<String> HEADER = List.of("itemCode", "name", "itemType", "domain", "settingBasis",
            "implementingBasis", "implementingAgencyCodes", "handlingUnit", "exerciseLevels", "exerciseMode",
            "validFrom");
    private static final String BASIS = "中华人民共和国食品安全法|第一百二十二条|第一款";

    private static List<String> row(String code, String name) {
        return new ArrayList<>(List.of(code, name, "PENALTY", "MARKET", BASIS, BASIS,
                "1132070030010002XW;11320706300200020C;11320722300400022W", "执法稽查科", "CITY;COUNTY", "DIRECT",
                "2025-01-01"));
    }

    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("行政执法事项");
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> upload(String user, String filename, byte[] content, String query) {
        String boundary = "----system-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(Catalog.uri("/items/import" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return Stack.send(Catalog.authorized(request, user));
    }

    private static int count(String code) {
        return ok(get("/items?q=" + code, ADMIN)).get("totalElements").asInt();
    }

    @Test
    void aWorkbookWithABadRowImportsNothingAndReportsEveryRow() {
        String good = Items.uniqueCode("3207-MKT-PEN-");
        String entrusted = Items.uniqueCode("3207-MKT-COE-");
        List<String> coercion = row(entrusted, "查封、扣押不符合食品安全标准的食品（系统测试）");
        coercion.set(2, "COERCION");
        coercion.set(9, "ENTRUSTED");
        List<String> noName = row(Items.uniqueCode("3207-MKT-PEN-"), "");
        List<String> badType = row(Items.uniqueCode("3207-MKT-PEN-"), "类型错误");
        badType.set(2, "FINE");
        byte[] workbook = xlsx(HEADER, List.of(row(good, "对未取得食品经营许可从事食品经营活动的行政处罚（导入）"), coercion,
                noName, badType, row(good, "重复编码")));

        problem(upload(OFFICER, "items.xlsx", workbook, ""), 403, "ACCESS_DENIED");
        problem(upload(null, "items.xlsx", workbook, ""), 401, "UNAUTHENTICATED");
        JsonNode rejected = problem(upload(ADMIN, "items.xlsx", workbook, ""), 400, "IMPORT_INVALID_ROWS");
        JsonNode report = rejected.get("report");
        assertThat(report.get("totalRows").asInt()).as(rejected.toString()).isEqualTo(5);
        assertThat(report.get("validRows").asInt()).isEqualTo(1);
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(codeOfRow(report, 3)).contains("COERCION_NOT_ENTRUSTABLE");
        assertThat(codeOfRow(report, 4)).contains("FIELD_REQUIRED");
        assertThat(codeOfRow(report, 5)).contains("INVALID_FIELD_VALUE");
        assertThat(codeOfRow(report, 6)).contains("ITEM_CODE_DUPLICATE");
        assertThat(codeOfRow(report, 2)).isEmpty();
        // nothing half-imported
        assertThat(count(good)).isZero();
        assertThat(count(entrusted)).isZero();

        // the corrected workbook imports as drafts
        HttpResponse<String> imported = upload(ADMIN, "items.xlsx", xlsx(HEADER, List.of(
                row(good, "对未取得食品经营许可从事食品经营活动的行政处罚（导入）"))), "");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode done = Stack.json(imported);
        assertThat(done.get("imported").asInt()).isEqualTo(1);
        String id = done.at("/importedItemIds/0").asString();
        assertThat(Catalog.item(id).get("status").asString()).isEqualTo("DRAFT");
        assertThat(count(good)).isEqualTo(1);
        // the same code again is a duplicate
        JsonNode again = problem(upload(ADMIN, "items.xlsx", xlsx(HEADER, List.of(row(good, "再次导入"))), ""), 400,
                "IMPORT_INVALID_ROWS");
        assertThat(again.at("/report/errors/0/code").asString()).isEqualTo("ITEM_CODE_DUPLICATE");
    }

    private static List<String> codeOfRow(JsonNode report, int row) {
        List<String> codes = new ArrayList<>();
        report.get("errors").forEach(e -> {
            if (e.get("row").asInt() == row) {
                codes.add(e.get("code").asString());
            }
        });
        return codes;
    }

    @Test
    void malformedSpreadsheetsAreProblemsWithTheirCodes() {
        problem(upload(ADMIN, "items.xlsx", "PK not really a workbook".getBytes(StandardCharsets.UTF_8), ""), 400,
                "IMPORT_FILE_UNREADABLE");
        problem(upload(ADMIN, "items.pdf", new byte[] {1, 2, 3}, ""), 400, "IMPORT_FORMAT_UNSUPPORTED");
        problem(upload(ADMIN, "items.xlsx", xlsx(List.of("itemCode", "colour"), List.of(List.of("3207-MKT-PEN-0001",
                "red"))), ""), 400, "IMPORT_HEADER_INVALID");
        problem(upload(ADMIN, "items.xlsx", xlsx(HEADER, List.of()), ""), 400, "IMPORT_EMPTY");
        problem(upload(ADMIN, "items.csv", "itemCode,colour\n3207-MKT-PEN-0001,red\n".getBytes(StandardCharsets.UTF_8),
                ""), 400, "IMPORT_HEADER_INVALID");
    }

    @Test
    void onlyTheValidRowsWhenAskedAndExportAsXlsxAndCsv() {
        String code = Items.uniqueCode("3207-MKT-PEN-");
        String name = "导出测试事项" + code;
        List<String> bad = row(Items.uniqueCode("3207-MKT-PEN-"), "");
        HttpResponse<String> partial = upload(ADMIN, "items.xlsx", xlsx(HEADER, List.of(row(code, name), bad)),
                "?validOnly=true");
        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(201);
        JsonNode report = Stack.json(partial);
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("invalidRows").asInt()).isEqualTo(1);
        String id = report.at("/importedItemIds/0").asString();
        assertThat(count(bad.get(0))).isZero();

        HttpResponse<byte[]> xlsx = Stack.sendBytes(Catalog.authorized(Stack.get(Catalog.API + "/items/export?q="
                + code), ADMIN));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("enforcement-items.xlsx");
        List<List<String>> rows = readXlsx(xlsx.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0)).contains("itemCode");
        assertThat(rows.get(1).get(0)).isEqualTo(code);
        assertThat(rows.get(1).get(2)).isEqualTo(name);

        // drafts are not exported to officers; once published they are, as CSV too
        HttpResponse<String> draftCsv = get("/items/export?format=csv&q=" + code, OFFICER);
        assertThat(draftCsv.statusCode()).isEqualTo(200);
        assertThat(draftCsv.body().lines().filter(l -> !l.isBlank()).count()).isEqualTo(1);
        ok(Catalog.post("/items/" + id + "/publish", ADMIN, null));
        HttpResponse<String> csv = get("/items/export?format=csv&q=" + code, OFFICER);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(code).contains(name);
        problem(get("/items/export?format=pdf", OFFICER), 400, "INVALID_PARAMETER");
        problem(get("/items/export", null), 401, "UNAUTHENTICATED");
    }
}
