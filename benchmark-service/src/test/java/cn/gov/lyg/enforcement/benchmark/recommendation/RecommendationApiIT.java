package cn.gov.lyg.enforcement.benchmark.recommendation;

import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.dhOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.govSystems;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.govSystemsOf;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAuxiliary;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzReviewer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.benchmark.BenchmarkApi;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Recommendations and pre-decision checks over HTTP, for officers and for a gov-systems client. */
@ServiceTest
class RecommendationApiIT {

    static final String RECOMMEND = "/api/benchmarks/v1/recommendations";
    static final String CHECK = "/api/benchmarks/v1/decision-checks";
    private static String entryId;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    BenchmarkApi api;

    @BeforeEach
    void setUp() throws Exception {
        api = new BenchmarkApi(mvc, json, mongo);
        if (entryId == null) {
            String item = api.catalogItem("PENALTY", "ACTIVE", BenchmarkApi.HZ_MARKET);
            String id = api.draft(hzAdmin(), "COUNTY", null);
            entryId = api.addEntry(id, hzOfficer(), BenchmarkApi.entryBody("MKT-125-1-2-R", item));
            api.publish(id, hzOfficer(), hzReviewer(), hzAdmin());
        }
    }

    static String facts(String entry, String agency, String base, String factors, String violation, String decision) {
        return """
            {"entryId":"%s",%s"circumstanceLevel":"GENERAL","factors":[%s],"baseAmount":%s,
             "violationDate":"%s","discoveryDate":"%s","decisionDate":"%s","partyId":"91320706MA1QWE3L65"}
            """.formatted(entry, agency == null ? "" : "\"agencyCode\":\"" + agency + "\",", factors, base, violation,
                violation, decision);
    }

    static String workedExample(String agency) {
        return facts(entryId, agency, "\"20000\"", "\"ART32_ELIMINATED_HARM\"", "2025-03-03", "2025-06-16");
    }

    @Test
    void workedExampleGivesLighter100kTo130kWithCitedReasons() throws Exception {
        JsonNode r = api.read(api.postJson(RECOMMEND, workedExample(null), hzOfficer(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("LIGHTER"))
                .andExpect(jsonPath("$.range.min").value("100000.00"))
                .andExpect(jsonPath("$.range.max").value("130000.00"))
                .andExpect(jsonPath("$.statutoryRange.max").value("200000.00"))
                .andExpect(jsonPath("$.mandatoryKinds", hasItem("CONFISCATE_ILLEGAL_GAINS")))
                .andExpect(jsonPath("$.acceptableTiers", hasItem("MITIGATED")))
                .andExpect(jsonPath("$.agencyCode").value(BenchmarkApi.HZ_MARKET)));
        assertThat(r.get("versionAtViolationId").asString()).isEqualTo(r.get("versionAtDecisionId").asString());
        assertThat(r.get("reasons")).allSatisfy(reason -> assertThat(reason.get("citation").asString()).isNotBlank());
        assertThat(r.get("reasons").findValuesAsString("code")).contains("ART32_CAP", "BRANCH_SELECTED",
                "MANDATORY_KINDS", "VERSION_IN_FORCE");
    }

    @Test
    void aSystemTokenNamesTheAgencyInTheBodyWithinItsRegion() throws Exception {
        api.postJson(RECOMMEND, workedExample(BenchmarkApi.HZ_MARKET), govSystems(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.range.min").value("100000.00"));
        api.postJson(RECOMMEND, workedExample(null), govSystems(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("AGENCY_REQUIRED"));
        api.postJson(RECOMMEND, workedExample("11320706300200020X"), govSystems(), null)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("AGENCY_UNKNOWN"));
        api.postJson(RECOMMEND, workedExample(BenchmarkApi.HZ_MARKET), govSystemsOf("320722"), null)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("AGENCY_OUTSIDE_REGION"));
    }

    @Test
    void officersAskForTheirOwnAgencyOnly() throws Exception {
        api.postJson(RECOMMEND, workedExample(BenchmarkApi.DH_MARKET), hzOfficer(), null)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("AGENCY_NOT_OWN"));
        api.postJson(RECOMMEND, workedExample(null), null, null).andExpect(status().isUnauthorized());
        api.postJson(RECOMMEND, "garbage", hzAuxiliary(), null).andExpect(status().isForbidden());
        api.postJson(RECOMMEND, workedExample(BenchmarkApi.HZ_MARKET), hzSupervisor(), null).andExpect(status().isOk());
        // by violation code: a Donghai officer finds no Haizhou county benchmark for his agency
        api.postJson(RECOMMEND, workedExample(null).replace("\"entryId\":\"" + entryId + "\"",
                "\"violationCode\":\"MKT-125-1-2-R\""), dhOfficer(), null).andExpect(status().isNotFound());
        api.postJson(RECOMMEND, workedExample(null).replace("\"entryId\":\"" + entryId + "\"",
                "\"violationCode\":\"MKT-125-1-2-R\""), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.entryId").value(entryId));
    }

    @Test
    void badInputIsAProblemWithACode() throws Exception {
        api.postJson(RECOMMEND, workedExample(null).replace(entryId, "no-such-entry"), hzOfficer(), null)
                .andExpect(status().isNotFound());
        api.postJson(RECOMMEND, facts(entryId, null, "\"-1\"", "", "2025-03-03", "2025-06-16"), hzOfficer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("NEGATIVE_AMOUNT"));
        api.postJson(RECOMMEND, facts(entryId, null, "\"20000\"", "", "2025-06-16", "2025-03-03"), hzOfficer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("DATES_OUT_OF_ORDER"));
        api.postJson(RECOMMEND, facts(entryId, null, "\"20000\"", "\"BRIBED_THE_OFFICER\"", "2025-03-03", "2025-06-16"),
                hzOfficer(), null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_FACTOR"))
                .andExpect(jsonPath("$.violations[0].citation").isNotEmpty());
        api.postJson(RECOMMEND, facts(entryId, null, "null", "", "2025-03-03", "2025-06-16"), hzOfficer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("BASE_AMOUNT_REQUIRED"));
        api.postJson(RECOMMEND, "{\"circumstanceLevel\":\"GENERAL\"}", hzOfficer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ENTRY_REQUIRED"));
        api.postJson(RECOMMEND, "{\"entryId\":\"x\",\"circumstanceLevel\":\"TERRIBLE\"}", hzOfficer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("RECOMMENDATION_INVALID"));
        api.postJson(RECOMMEND, "{not json", hzOfficer(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_JSON"));
    }

    @Test
    void theGateListsEveryBrokenRuleWithItsCitation() throws Exception {
        String body = """
            {"caseId":"HZ-2025-001","facts":%s,
             "decision":{"penaltyKinds":["FINE"],"fineAmount":"150000","partyType":"LEGAL_PERSON",
                         "priorNoticeDate":"2025-05-06","hearingRightNotified":true}}
            """.formatted(workedExample(null));
        api.postJson(CHECK, body, hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("FAIL"))
                .andExpect(jsonPath("$.deviation").value(true))
                .andExpect(jsonPath("$.breaches[*].code", hasItem("DEVIATION_APPROVAL_REQUIRED")))
                .andExpect(jsonPath("$.breaches[*].code", hasItem("MANDATORY_KIND_MISSING")))
                .andExpect(jsonPath("$.breaches[*].code", hasItem("LEGAL_REVIEW_MISSING")))
                .andExpect(jsonPath("$.breaches[*].code", hasItem("IMPACT_ASSESSMENT_REQUIRED")))
                .andExpect(jsonPath("$.breaches[0].citation").isNotEmpty())
                .andExpect(jsonPath("$.recommendation.range.max").value("130000.00"));
        String sixty = body.replace("\"150000\"", "\"250000\"");
        api.postJson(CHECK, sixty, govSystems().replace("x", "x"), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("AGENCY_REQUIRED"));
        api.postJson(CHECK, sixty.replace("\"entryId\"", "\"agencyCode\":\"" + BenchmarkApi.HZ_MARKET + "\",\"entryId\""),
                govSystems(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.breaches[*].code", hasItem("ABOVE_STATUTORY_MAX")));
        api.postJson(CHECK, body, null, null).andExpect(status().isUnauthorized());
        api.postJson(CHECK, body, hzAuxiliary(), null).andExpect(status().isForbidden());
        api.postJson(CHECK, "{\"caseId\":\"x\",\"facts\":" + workedExample(null) + "}", hzOfficer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        api.postJson(CHECK, body.replace("\"FINE\"", "\"FINE\",\"BEHEADING\""), hzOfficer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("DECISION_CHECK_INVALID"))
                .andExpect(jsonPath("$.detail", containsString("BEHEADING")));
    }
}
