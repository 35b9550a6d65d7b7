package cn.gov.lyg.enforcement.benchmark.benchmark;

import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzReviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.benchmark.BenchmarkApi;
import cn.gov.lyg.enforcement.platform.spreadsheet.XlsxReader;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/** The XLSX export of a published benchmark: public, streamed, one row per entry and tier, formulas neutralised. */
@ServiceTest
class BenchmarkExportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aPublishedBenchmarkIsExportedToEveryoneAndADraftToNoOne() throws Exception {
        BenchmarkApi api = new BenchmarkApi(mvc, json, mongo);
        String item = api.catalogItem("PENALTY", "ACTIVE", BenchmarkApi.HZ_MARKET);
        String id = api.draft(hzAdmin(), "COUNTY", null);
        String entry = BenchmarkApi.firEntryBody("FIR-60-1-3-X", item, "10000", "30000")
                .replace("单位占用、堵塞、封闭疏散通道、安全出口", "=HYPERLINK(\\\"http://evil\\\",\\\"点我\\\")");
        api.addEntry(id, hzOfficer(), entry);
        String path = "/api/benchmarks/v1/public/benchmarks/{id}/export";
        mvc.perform(get(path, id)).andExpect(status().isNotFound());

        api.publish(id, hzOfficer(), hzReviewer(), hzAdmin());
        MvcResult result = mvc.perform(get(path, id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn();
        byte[] xlsx = result.getResponse().getContentAsByteArray();
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        XlsxReader.read(new ByteArrayInputStream(xlsx), 100, header::addAll, rows::add);
        assertThat(header).containsExactly("项目 field", "内容 value");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("状态 status");
            assertThat(r.get(1)).isIn("PUBLISHED", "EFFECTIVE");
        });
        List<String> tierHeader = new ArrayList<>();
        List<List<String>> tiers = new ArrayList<>();
        XlsxReader.read(new ByteArrayInputStream(xlsx), 1, 100, tierHeader::addAll, tiers::add);
        assertThat(tierHeader).isEqualTo(BenchmarkWorkbook.TIER_HEADER);
        assertThat(tiers).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("FIR-60-1-3-X");
            assertThat(r.get(1)).as("formula injection neutralised").startsWith("'=HYPERLINK(");
            assertThat(r.get(3)).contains("消防法");
            assertThat(r.get(10)).isEqualTo("STANDARD");
            assertThat(r.get(15)).isEqualTo("10000.00");
            assertThat(r.get(16)).isEqualTo("30000.00");
        });

        mvc.perform(get(path, UUID.randomUUID().toString())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").exists());
    }
}
