package cn.gov.lyg.enforcement.benchmark;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.benchmark.catalog.CatalogItem;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tokens, bodies and the benchmark workflow, shared by the benchmark integration tests. */
public final class BenchmarkApi {

    public static final String HZ_MARKET = "11320706300200020C";
    public static final String DH_MARKET = "11320722300400022W";
    public static final String CITY_MARKET = "1132070030010002XW";
    public static final String HZ_JUSTICE = "11320706300200012H";
    public static final String CITY_JUSTICE = "113207003001000115";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final MockMvc mvc;
    private final JsonMapper json;
    private final MongoTemplate mongo;

    public BenchmarkApi(MockMvc mvc, JsonMapper json, MongoTemplate mongo) {
        this.mvc = mvc;
        this.json = json;
        this.mongo = mongo;
    }

    public static String hzAdmin() {
        return TestTokens.user("hz-agency-admin").roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(HZ_MARKET)
                .region("320706").bearer();
    }

    public static String hzOfficer() {
        return TestTokens.user("hz-officer").roles(Role.OFFICER).agency(HZ_MARKET).region("320706").bearer();
    }

    public static String hzReviewer() {
        return TestTokens.user("hz-legal-reviewer").roles(Role.LEGAL_REVIEWER, Role.OFFICER).agency(HZ_MARKET)
                .region("320706").bearer();
    }

    public static String hzAuxiliary() {
        return TestTokens.user("hz-auxiliary").roles(Role.AUXILIARY).agency(HZ_MARKET).region("320706").bearer();
    }

    public static String dhAdmin() {
        return TestTokens.user("dh-agency-admin").roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(DH_MARKET)
                .region("320722").bearer();
    }

    public static String dhOfficer() {
        return TestTokens.user("dh-officer").roles(Role.OFFICER).agency(DH_MARKET).region("320722").bearer();
    }

    public static String cityAdmin() {
        return TestTokens.user("city-agency-admin").roles(Role.AGENCY_ADMIN, Role.LEGAL_REVIEWER).agency(CITY_MARKET)
                .region("320700").bearer();
    }

    public static String hzSupervisor() {
        return TestTokens.user("hz-supervisor").roles(Role.SUPERVISOR_COUNTY).agency(HZ_JUSTICE).region("320706")
                .bearer();
    }

    public static String citySupervisor() {
        return TestTokens.user("city-supervisor").roles(Role.SUPERVISOR_CITY).agency(CITY_JUSTICE).region("320700")
                .bearer();
    }

    public static String dhSupervisor() {
        return TestTokens.user("dh-supervisor").roles(Role.SUPERVISOR_COUNTY).agency("11320722300400001P")
                .region("320722").bearer();
    }

    public static String govSystems() {
        return TestTokens.system("gov-systems").region("320700").bearer();
    }

    public static String govSystemsOf(String region) {
        return TestTokens.system("gov-systems").region(region).bearer();
    }

    /** A catalog item as the projection would hold it after the catalog's event. */
    public String catalogItem(String itemType, String status, String... agencies) {
        String id = UUID.randomUUID().toString();
        mongo.save(new CatalogItem(id, "3207-MKT-PEN-" + (7000 + SEQ.incrementAndGet()), "事项", itemType, status,
                List.of(agencies), 1, 1));
        return id;
    }

    public static String entryBody(String code, String catalogItemId) {
        return """
            {"violationCode":"%s","violationName":"生产经营无标签预包装食品","catalogItemId":"%s",
             "violatedProvisions":[{"lawName":"中华人民共和国食品安全法","article":"125","paragraph":"1","item":"2"}],
             "penaltyProvisions":[{"lawName":"中华人民共和国食品安全法","article":"125","paragraph":"1"}],
             "allowedPenaltyKinds":["FINE","CONFISCATE_ILLEGAL_GAINS","CONFISCATE_ILLEGAL_PROPERTY","WARNING","REVOKE_LICENCE"],
             "mandatoryPenaltyKinds":["CONFISCATE_ILLEGAL_GAINS","CONFISCATE_ILLEGAL_PROPERTY"],
             "fineFormula":{"kind":"BRANCHED","baseKind":"GOODS_VALUE","branches":[
               {"baseFrom":"0","formula":{"kind":"FIXED_RANGE","min":"5000","max":"50000"}},
               {"baseFrom":"10000","formula":{"kind":"MULTIPLE_OF_BASE","baseKind":"GOODS_VALUE","min":"5","max":"10"}}]}}
            """.formatted(code, catalogItemId);
    }

    public static String firEntryBody(String code, String catalogItemId, String standardFrom, String standardTo) {
        String tiers = standardFrom == null ? "[]" : """
            [{"tier":"STANDARD","circumstanceLevel":"GENERAL","amountFrom":"%s","amountTo":"%s"}]
            """.formatted(standardFrom, standardTo);
        return """
            {"violationCode":"%s","violationName":"单位占用、堵塞、封闭疏散通道、安全出口","catalogItemId":"%s",
             "violatedProvisions":[{"lawName":"中华人民共和国消防法","article":"60","paragraph":"1","item":"3"}],
             "penaltyProvisions":[{"lawName":"中华人民共和国消防法","article":"60","paragraph":"1"}],
             "allowedPenaltyKinds":["FINE"],"mandatoryPenaltyKinds":["FINE"],
             "fineFormula":{"kind":"FIXED_RANGE","min":"5000","max":"50000"},"tiers":%s}
            """.formatted(code, catalogItemId, tiers);
    }

    public ResultActions perform(MockHttpServletRequestBuilder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", token);
        }
        return mvc.perform(request);
    }

    public ResultActions postJson(String path, String body, String token, String ifMatch) throws Exception {
        MockHttpServletRequestBuilder r = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        return perform(r, token);
    }

    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** Creates a draft benchmark of the caller's agency; answers its id. */
    public String draft(String token, String level, String parentId) throws Exception {
        String body = """
            {"title":"海州区市场监管行政处罚裁量基准","level":"%s","parentBenchmarkId":%s,"domain":"MARKET","docNo":"海市监〔2024〕%d号","model":"A"}
            """.formatted(level, parentId == null ? "null" : "\"" + parentId + "\"", SEQ.incrementAndGet());
        return read(postJson("/api/benchmarks/v1/benchmarks", body, token, null).andExpect(status().isCreated()))
                .get("id").asString();
    }

    public String addEntry(String id, String token, String entryJson) throws Exception {
        return read(postJson("/api/benchmarks/v1/benchmarks/" + id + "/entries", entryJson, token, null)
                .andExpect(status().isCreated())).get("entryId").asString();
    }

    /** Submit, approve (by a legal reviewer of the agency) and publish from 2024-01-01. */
    public JsonNode publish(String id, String authorToken, String reviewerToken, String publisherToken)
            throws Exception {
        postJson("/api/benchmarks/v1/benchmarks/" + id + "/submit", "", authorToken, null).andExpect(status().isOk());
        postJson("/api/benchmarks/v1/benchmarks/" + id + "/approve", """
            {"reviewedOn":"2023-12-01","opinion":"合法","deliberationDate":"2023-12-10","minutesRef":"2023年第12次局务会议纪要"}
            """, reviewerToken, null).andExpect(status().isOk());
        return read(postJson("/api/benchmarks/v1/benchmarks/" + id + "/publish", """
            {"publishedAt":"2023-12-20","effectiveFrom":"2024-01-01"}
            """, publisherToken, null));
    }

    public JsonNode get(String id, String token) throws Exception {
        return read(perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/benchmarks/v1/benchmarks/" + id), token).andExpect(status().isOk()));
    }
}
