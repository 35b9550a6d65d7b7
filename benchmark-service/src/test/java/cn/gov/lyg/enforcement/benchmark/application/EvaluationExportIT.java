package cn.gov.lyg.enforcement.benchmark.application;

import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.dhSupervisor;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAuxiliary;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.benchmark.BenchmarkApi;
import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.check.ApprovalType;
import cn.gov.lyg.enforcement.benchmark.check.DeviationApproval;
import cn.gov.lyg.enforcement.benchmark.check.PartyType;
import cn.gov.lyg.enforcement.benchmark.check.Verdict;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.spreadsheet.XlsxReader;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /evaluations/export}: the evaluation of an agency and period as XLSX, with the roles, data scope and
 * parameter checks of the JSON evaluation. Each test records its own agency (region 320706, 海州区) so that the
 * applications other tests record do not count.
 */
@ServiceTest
class EvaluationExportIT {

    static final String EXPORT = "/api/benchmarks/v1/evaluations/export";
    static final String EVALUATIONS = "/api/benchmarks/v1/evaluations";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    BenchmarkApi api;
    String agency;

    @BeforeEach
    void setUp() {
        api = new BenchmarkApi(mvc, json, mongo);
        agency = "11320706" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    private static String tokenOf(String agencyCode, Role... roles) {
        return TestTokens.user("eval-" + roles[0].name().toLowerCase(Locale.ROOT)).roles(roles).agency(agencyCode)
                .region("320706").bearer();
    }

    private void decision(String agencyCode, String caseId, LocalDate decided, String code, DiscretionTier tier,
                          String fine, boolean within, String exemption, DeviationApproval approval) {
        boolean noPenalty = fine == null;
        mongo.insert(new BenchmarkApplicationRecord(UUID.randomUUID().toString(), agencyCode,
                agencyCode.substring(2, 8), caseId, "P-" + caseId, PartyType.LEGAL_PERSON, "bm", "bm-v1", "bm-v1",
                "bm-v1", "entry-" + code, code, decided.minusMonths(3), decided, CircumstanceLevel.GENERAL, Set.of(),
                null, tier, noPenalty ? null : new BigDecimal("10000.00"), noPenalty ? null : new BigDecimal("30000.00"),
                noPenalty ? Set.of() : Set.of(PenaltyKind.FINE), noPenalty ? null : new BigDecimal(fine), within,
                noPenalty, exemption, noPenalty ? "批评教育" : null, approval, "依法裁量", Verdict.PASS, List.of(),
                List.of(), "eval-test"));
    }

    private MockHttpServletRequestBuilder export(String from, String to) {
        MockHttpServletRequestBuilder r = get(EXPORT).param("agencyCode", agency);
        if (from != null) {
            r.param("from", from);
        }
        if (to != null) {
            r.param("to", to);
        }
        return r;
    }

    private static List<List<String>> sheet(byte[] xlsx, int index, List<String> header) {
        List<List<String>> rows = new ArrayList<>();
        XlsxReader.read(new ByteArrayInputStream(xlsx), index, 1000, header::addAll, rows::add);
        return rows;
    }

    private static String value(List<List<String>> summary, String label) {
        return summary.stream().filter(r -> r.get(0).startsWith(label)).findFirst()
                .map(r -> r.size() > 1 ? r.get(1) : "").orElseThrow();
    }

    @Test
    void theAgencysPeriodIsExportedInFourSheetsMatchingTheJsonEvaluation() throws Exception {
        LocalDate june = LocalDate.of(2025, 6, 16);
        decision(agency, "C-1", june, "FIR", DiscretionTier.STANDARD, "20000", true, null, null);
        decision(agency, "C-2", june.plusDays(1), "FIR", DiscretionTier.STANDARD, "30000", true, null, null);
        decision(agency, "=C-3", june.plusDays(2), "FIR", DiscretionTier.STANDARD, "40000", false, null,
                new DeviationApproval(ApprovalType.COLLECTIVE_DELIBERATION, null, june, List.of("局长", "副局长"),
                        "2025年第7次集体讨论纪要", "=cmd|' /C calc'!A0"));
        decision(agency, "C-4", june.plusDays(3), "MKT", DiscretionTier.NO_PENALTY, null, true, "FIRST_VIOLATION",
                null);
        // outside the period, and another agency of the same county in the period: neither counts
        decision(agency, "C-OLD", LocalDate.of(2024, 12, 31), "FIR", DiscretionTier.STANDARD, "90000", false, null,
                new DeviationApproval(ApprovalType.PRINCIPAL_LEADER, "局长", LocalDate.of(2024, 12, 30), List.of(),
                        null, "旧案"));
        String other = "11320706" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toUpperCase(Locale.ROOT);
        decision(other, "C-OTHER", june, "FIR", DiscretionTier.STANDARD, "50000", false, null,
                new DeviationApproval(ApprovalType.PRINCIPAL_LEADER, "别的局长", june, List.of(), null, "别的机关"));

        byte[] xlsx = api.perform(export("2025-01-01", "2025-12-31").param("totalDecisions", "8"),
                        tokenOf(agency, Role.AGENCY_ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition",
                        containsString("benchmark-evaluation-" + agency + "-2025-01-01-2025-12-31.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> header = new ArrayList<>();
        List<List<String>> summary = sheet(xlsx, 0, header);
        assertThat(header).isEqualTo(EvaluationWorkbook.SUMMARY_HEADER);
        assertThat(value(summary, "执法机关")).isEqualTo(agency);
        assertThat(value(summary, "基准适用记录数")).isEqualTo("4");
        assertThat(value(summary, "行政处罚决定数")).isEqualTo("8");
        assertThat(value(summary, "适用基准比例")).isEqualTo("0.5");
        assertThat(value(summary, "偏离基准件数")).isEqualTo("1");
        assertThat(value(summary, "偏离率")).isEqualTo("0.25");
        assertThat(value(summary, "不予处罚件数")).isEqualTo("1");

        List<String> dispersionHeader = new ArrayList<>();
        List<List<String>> dispersion = sheet(xlsx, 1, dispersionHeader);
        assertThat(dispersionHeader).isEqualTo(EvaluationWorkbook.DISPERSION_HEADER);
        assertThat(dispersion).containsExactly(List.of("FIR", "STANDARD", "3", "30000.00", "8164.97", "0.2722"));

        List<String> deviationHeader = new ArrayList<>();
        List<List<String>> deviations = sheet(xlsx, 2, deviationHeader);
        assertThat(deviationHeader).isEqualTo(EvaluationWorkbook.DEVIATION_HEADER);
        assertThat(deviations).singleElement().satisfies(r -> {
            assertThat(r.get(0)).as("case id neutralised").isEqualTo("'=C-3");
            assertThat(r.get(1)).isEqualTo("2025-06-18");
            assertThat(r.subList(3, 7)).containsExactly("STANDARD", "10000.00", "30000.00", "40000.00");
            assertThat(r.get(8)).isEqualTo("COLLECTIVE_DELIBERATION");
            assertThat(r.get(11)).isEqualTo("2025年第7次集体讨论纪要");
            assertThat(r.get(12)).as("reasoning neutralised").isEqualTo("'=cmd|' /C calc'!A0");
        });

        List<String> exemptionHeader = new ArrayList<>();
        assertThat(sheet(xlsx, 3, exemptionHeader)).containsExactly(List.of("FIRST_VIOLATION", "1", "0.25"));
        assertThat(exemptionHeader).isEqualTo(EvaluationWorkbook.EXEMPTION_HEADER);

        // the JSON evaluation of the same parameters says the same
        JsonNode same = api.read(api.perform(get(EVALUATIONS).param("agencyCode", agency).param("from", "2025-01-01")
                .param("to", "2025-12-31").param("totalDecisions", "8"), tokenOf(agency, Role.AGENCY_ADMIN))
                .andExpect(status().isOk()));
        assertThat(same.get("applications").asInt()).isEqualTo(4);
        assertThat(same.get("deviations").asInt()).isEqualTo(deviations.size());
        assertThat(same.get("dispersion").get(0).get("coefficientOfVariation").asDouble()).isEqualTo(0.2722);

        // the county's judicial bureau and the agency's legal reviewer may export it too
        api.perform(export("2025-01-01", "2025-12-31"), hzSupervisor()).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX));
        api.perform(export("2025-01-01", "2025-12-31"), tokenOf(agency, Role.LEGAL_REVIEWER, Role.OFFICER))
                .andExpect(status().isOk());
    }

    @Test
    void anotherAgencysEvaluationIsNotFoundAsInTheJsonEvaluation() throws Exception {
        decision(agency, "C-1", LocalDate.of(2025, 6, 16), "FIR", DiscretionTier.STANDARD, "40000", false, null,
                new DeviationApproval(ApprovalType.PRINCIPAL_LEADER, "局长", LocalDate.of(2025, 6, 12), List.of(),
                        null, "秘密理由"));
        // another county's judicial bureau, another agency's admin
        for (String outsider : List.of(dhSupervisor(), hzAdmin())) {
            api.perform(get(EVALUATIONS).param("agencyCode", agency).param("from", "2025-01-01")
                    .param("to", "2025-12-31"), outsider).andExpect(status().isNotFound());
            String body = api.perform(export("2025-01-01", "2025-12-31"), outsider)
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("秘密理由");
        }
    }

    @Test
    void withoutATokenItIs401AndForRolesThatMayNotSeeEvaluations403BeforeTheParametersAreRead() throws Exception {
        api.perform(export("2025-01-01", "2025-12-31"), null).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // the agency's own officer and auxiliary staff, and a system client: not evaluation readers
        for (String denied : List.of(tokenOf(agency, Role.OFFICER), hzAuxiliary(), BenchmarkApi.govSystems())) {
            api.perform(export("2025-01-01", "2025-12-31"), denied).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
        api.perform(export("2025-13-01", "2025-12-31"), tokenOf(agency, Role.OFFICER))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadPeriodIs400ProblemJsonEvenWhenTheClientAsksForAWorkbook() throws Exception {
        String admin = tokenOf(agency, Role.AGENCY_ADMIN);
        api.perform(export("2025-12-31", "2025-01-01").accept(XLSX), admin).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DATES_OUT_OF_ORDER"));
        api.perform(export("2025-13-01", "2025-12-31"), admin).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        api.perform(export("2025-01-01", null), admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PARAMETER_REQUIRED"));
        decision(agency, "C-1", LocalDate.of(2025, 6, 16), "FIR", DiscretionTier.STANDARD, "20000", true, null, null);
        decision(agency, "C-2", LocalDate.of(2025, 6, 17), "FIR", DiscretionTier.STANDARD, "30000", true, null, null);
        api.perform(export("2025-01-01", "2025-12-31").param("totalDecisions", "1"), admin)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        api.perform(export("2025-01-01", "2025-12-31").param("totalDecisions", "-1"), admin)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }
}
