package cn.gov.lyg.enforcement.inspection.entity;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.citySupervisor;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.creditSystem;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhOfficer;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAuxiliary;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzUrbanAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.province;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The directory over HTTP: roles, data scope, identifier and region rules, class privacy, import. */
@ServiceTest
class EntityApiIT {

    private static final AtomicInteger SEQ = new AtomicInteger(100);
    private static final String PATH = "/api/inspections/v1/entities";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(mvc, json);
    }

    /** A fresh valid code registered in the region. */
    static String freshCode(String region) {
        String body = String.format("91%sMA%07d", region, SEQ.incrementAndGet() + 7_000_000);
        return body + UnifiedSocialCreditCode.checkDigit(body);
    }

    static Map<String, Object> body(String uscc, String region) {
        Map<String, Object> b = new HashMap<>();
        b.put("uscc", uscc);
        b.put("name", "连云港海宁食品有限公司");
        b.put("entityType", "ENTERPRISE");
        b.put("regionCode", region);
        b.put("industryCode", "C1431");
        b.put("licences", java.util.List.of("FOOD_PRODUCTION"));
        b.put("latitude", 34.596);
        b.put("longitude", 119.179);
        return b;
    }

    private String register(String region) throws Exception {
        String code = freshCode(region);
        api.perform(post(PATH), hzAdminFor(region), body(code, region)).andExpect(status().isCreated());
        return code;
    }

    /** An entity registered by the agency admin and classed by the credit system. */
    private String registerClassed(String region, String creditClass) throws Exception {
        String code = register(region);
        api.perform(put(PATH + "/{uscc}/credit-class", code), creditSystem(),
                        Map.of("creditClass", creditClass, "classDate", "2025-04-01", "source", "SAMR"))
                .andExpect(status().isOk());
        return code;
    }

    private static String hzAdminFor(String region) {
        return region.equals("320722") ? dhAdmin() : hzAdmin();
    }

    /** The credit system's client with a region claim (its data scope is that region). */
    private static String donghaiCreditSystem() {
        return TestTokens.system("gov-systems").roles(Role.INTEGRATION).region("320722").bearer();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void anAgencyAdminRegistersAndOfficersOfTheRegionReadWithTheInternalClass() throws Exception {
        String code = freshCode("320706");
        api.perform(post(PATH), hzAdmin(), body(code, "320706"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.uscc").value(code))
                .andExpect(jsonPath("$.creditClass").value("B"))
                .andExpect(jsonPath("$.classSource").value("DEFAULT"))
                .andExpect(jsonPath("$.classDate").doesNotExist())
                .andExpect(jsonPath("$.legacyCode").value(false));
        api.perform(put(PATH + "/{uscc}/credit-class", code), creditSystem(),
                Map.of("creditClass", "C", "source", "SAMR")).andExpect(status().isOk());
        api.perform(get(PATH + "/{uscc}", code), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.creditClass").value("C"))
                .andExpect(jsonPath("$.classSource").value("SAMR"))
                .andExpect(jsonPath("$.registrationStatus").value("EXISTING"));
        api.perform(get(PATH + "/{uscc}", code), citySupervisor(), null).andExpect(status().isOk());
        // provincial read-only access: the class is internal and left out
        api.perform(get(PATH + "/{uscc}", code), province(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.creditClass").doesNotExist())
                .andExpect(jsonPath("$.classSource").doesNotExist());
        api.perform(post(PATH), hzAdmin(), body(code, "320706")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ENTITY_EXISTS"));
    }

    @Test
    void withoutTokenWrongRoleOrOutsideTheRegion() throws Exception {
        String code = register("320706");
        api.perform(get(PATH + "/{uscc}", code), null, null).andExpect(status().isUnauthorized());
        api.perform(get(PATH + "/{uscc}", code), hzAuxiliary(), null).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // an officer may read, not write; authorization comes before body validation
        api.perform(post(PATH), hzOfficer(), Map.of("uscc", "bad")).andExpect(status().isForbidden());
        api.perform(get(PATH + "/{uscc}", code), dhOfficer(), null).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.perform(post(PATH), dhAdmin(), body(freshCode("320706"), "320706")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ENTITY_OUT_OF_SCOPE"));
        // the class update is the credit system's: no agency admin, of any county, gets past the role check
        api.perform(put(PATH + "/{uscc}/credit-class", code), dhAdmin(), Map.of("creditClass", "A"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        api.perform(put(PATH + "/{uscc}/credit-class", code), null, Map.of("creditClass", "A"))
                .andExpect(status().isUnauthorized());
        // a credit-system client with a region claim sees that region only
        api.perform(put(PATH + "/{uscc}/credit-class", code), donghaiCreditSystem(),
                Map.of("creditClass", "A", "source", "SAMR")).andExpect(status().isNotFound());
    }

    @Test
    void badCreditCodesAreRejectedWithTheirRuleCode() throws Exception {
        Map<String, String> cases = Map.of("91320706MA1XK7C380", "USCC_CHECKSUM", "91320706MA1IK7C38L", "USCC_FORMAT",
                "9132070MA1XK7C38L", "USCC_LENGTH");
        for (var c : cases.entrySet()) {
            api.perform(post(PATH), hzAdmin(), body(c.getKey(), "320706"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value(c.getValue()))
                    .andExpect(jsonPath("$.errors[0].field").value("uscc"));
        }
        // the legacy code is accepted only because it is whitelisted (test configuration), and flagged
        api.perform(post(PATH), hzAdmin(), body("91350203M0001QAY9B", "320706")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.legacyCode").value(true));
        // lower case is normalised
        String code = freshCode("320706");
        api.perform(post(PATH), hzAdmin(), body(code.toLowerCase(), "320706")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.uscc").value(code));
    }

    @Test
    void badRegionsAndOtherFieldsAreRejected() throws Exception {
        Map<String, String> cases = Map.of("320705", "REGION_OBSOLETE", "320799", "REGION_UNKNOWN",
                "320506", "REGION_OUT_OF_SCOPE", "32070", "REGION_FORMAT");
        for (var c : cases.entrySet()) {
            api.perform(post(PATH), hzAdmin(), body(freshCode("320706"), c.getKey()))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(c.getValue()));
        }
        Map<String, Object> b = body(freshCode("320706"), "320706");
        b.put("townshipCode", "320722100");
        api.perform(post(PATH), hzAdmin(), b).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TOWNSHIP_CODE_INVALID"));
        b = body(freshCode("320706"), "320706");
        b.put("industryCode", "food");
        api.perform(post(PATH), hzAdmin(), b).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INDUSTRY_CODE_INVALID"));
        b = body(freshCode("320706"), "320706");
        b.put("entityType", "SPACESHIP");
        api.perform(post(PATH), hzAdmin(), b).andExpect(status().isBadRequest());
        b = body(freshCode("320706"), "320706");
        b.put("latitude", 123.0);
        api.perform(post(PATH), hzAdmin(), b).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("LOCATION_INVALID"));
    }

    @Test
    void theCreditSystemSetsTheClassAndStaleVersionsConflict() throws Exception {
        String code = register("320706");
        JsonNode read = api.read(api.perform(get(PATH + "/{uscc}", code), hzAdmin(), null));
        long version = read.get("version").asLong();
        api.perform(put(PATH + "/{uscc}/credit-class", code), creditSystem(),
                        Map.of("creditClass", "D", "classDate", "2025-04-01", "source", "SAMR"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.creditClass").value("D"));
        Map<String, Object> update = body(code, "320706");
        update.put("name", "连云港海宁食品有限公司（更名）");
        api.perform(put(PATH + "/{uscc}", code).header("If-Match", "\"" + version + "\""), hzAdmin(), update)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        api.perform(put(PATH + "/{uscc}/credit-class", code), creditSystem(), Map.of("creditClass", "E"))
                .andExpect(status().isBadRequest());
        api.perform(put(PATH + "/{uscc}/credit-class", code), hzOfficer(), Map.of("creditClass", "A"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCreditSystemSetsTheClassThroughTheClassUpdate() throws Exception {
        String code = registerClassed("320706", "C");
        // DOMAIN.md I11: neither the entity's county agency admin nor an unrelated agency's (城管局) may re-class
        for (String admin : java.util.List.of(hzAdmin(), hzUrbanAdmin())) {
            api.perform(put(PATH + "/{uscc}/credit-class", code), admin,
                            Map.of("creditClass", "A", "classDate", "2025-05-01", "source", "SAMR"))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
        api.perform(get(PATH + "/{uscc}", code), hzOfficer(), null).andExpect(jsonPath("$.creditClass").value("C"))
                .andExpect(jsonPath("$.classDate").value("2025-04-01"));
        // the class has a source; without a date it is dated today
        api.perform(put(PATH + "/{uscc}/credit-class", code), creditSystem(), Map.of("creditClass", "A"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CREDIT_CLASS_SOURCE_REQUIRED"))
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        api.perform(put(PATH + "/{uscc}/credit-class", code), creditSystem(),
                        Map.of("creditClass", "A", "source", "PROVINCIAL_CREDIT"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.creditClass").value("A"))
                .andExpect(jsonPath("$.classDate").value(today()))
                .andExpect(jsonPath("$.classSource").value("PROVINCIAL_CREDIT"));
    }

    @Test
    void agencyAdminsCannotSetOrChangeTheClassInTheirEntries() throws Exception {
        // registration with a class: refused, nothing registered
        String fresh = freshCode("320706");
        Map<String, Object> classed = body(fresh, "320706");
        classed.put("creditClass", "A");
        api.perform(post(PATH), hzAdmin(), classed).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("CREDIT_CLASS_SYSTEM_ONLY"))
                .andExpect(jsonPath("$.errors[0].field").value("creditClass"));
        api.perform(get(PATH + "/{uscc}", fresh), hzOfficer(), null).andExpect(status().isNotFound());

        String code = registerClassed("320706", "C");
        // a read-modify-write repeats the stored class as read: accepted, the class stays the credit system's
        JsonNode read = api.read(api.perform(get(PATH + "/{uscc}", code), hzAdmin(), null));
        Map<String, Object> same = body(code, "320706");
        for (String field : java.util.List.of("creditClass", "classDate", "classSource")) {
            same.put(field, read.get(field).asString());
        }
        same.put("name", "连云港海宁食品有限公司（更名）");
        api.perform(put(PATH + "/{uscc}", code), hzAdmin(), same).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("连云港海宁食品有限公司（更名）"))
                .andExpect(jsonPath("$.creditClass").value("C")).andExpect(jsonPath("$.classSource").value("SAMR"));
        // a different class, date or source: refused for the county's own and for an unrelated agency's admin
        for (String admin : java.util.List.of(hzAdmin(), hzUrbanAdmin())) {
            for (var change : Map.of("creditClass", "A", "classDate", "2025-05-01", "classSource", "海州区城管局")
                    .entrySet()) {
                Map<String, Object> update = body(code, "320706");
                update.put(change.getKey(), change.getValue());
                api.perform(put(PATH + "/{uscc}", code), admin, update).andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.code").value("CREDIT_CLASS_SYSTEM_ONLY"))
                        .andExpect(jsonPath("$.errors[0].field").value(change.getKey()));
            }
        }
        api.perform(get(PATH + "/{uscc}", code), hzOfficer(), null).andExpect(jsonPath("$.creditClass").value("C"))
                .andExpect(jsonPath("$.classDate").value("2025-04-01")).andExpect(jsonPath("$.classSource").value("SAMR"));
        // the data scope comes first: another county's admin gets 404 as before
        Map<String, Object> foreign = body(code, "320706");
        foreign.put("creditClass", "A");
        api.perform(put(PATH + "/{uscc}", code), dhAdmin(), foreign).andExpect(status().isNotFound());
    }

    @Test
    void theCreditSystemSetsTheClassInItsEntriesWithTheSource() throws Exception {
        String code = freshCode("320706");
        Map<String, Object> entry = body(code, "320706");
        entry.put("creditClass", "D");
        api.perform(post(PATH), creditSystem(), entry).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CREDIT_CLASS_SOURCE_REQUIRED"))
                .andExpect(jsonPath("$.errors[0].field").value("classSource"));
        entry.put("classSource", "SAMR");
        api.perform(post(PATH), creditSystem(), entry).andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditClass").value("D")).andExpect(jsonPath("$.classDate").value(today()))
                .andExpect(jsonPath("$.classSource").value("SAMR"));
        entry.put("creditClass", "B");
        entry.put("classDate", "2025-04-01");
        api.perform(put(PATH + "/{uscc}", code), creditSystem(), entry).andExpect(status().isOk())
                .andExpect(jsonPath("$.creditClass").value("B")).andExpect(jsonPath("$.classDate").value("2025-04-01"));
        api.perform(put(PATH + "/{uscc}", code), donghaiCreditSystem(), entry).andExpect(status().isNotFound());
    }

    @Test
    void listsArePagedAndScoped() throws Exception {
        String mine = register("320706");
        String theirs = register("320722");
        JsonNode page = api.read(api.perform(get(PATH).param("size", "200").param("q", mine.substring(0, 10)),
                hzOfficer(), null).andExpect(status().isOk()));
        assertThat(page.get("size").asInt()).isEqualTo(200);
        assertThat(page.get("content").findValuesAsString("uscc")).contains(mine).doesNotContain(theirs);
        assertThat(page.get("content").findValuesAsString("regionCode")).containsOnly("320706");
        JsonNode city = api.read(api.perform(get(PATH).param("size", "200").param("regionCode", "320722"),
                citySupervisor(), null).andExpect(status().isOk()));
        assertThat(city.get("content").findValuesAsString("uscc")).contains(theirs);
        api.perform(get(PATH).param("size", "201"), hzOfficer(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PAGE_SIZE_TOO_LARGE"));
        api.perform(get(PATH).param("creditClass", "D"), province(), null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("CREDIT_CLASS_INTERNAL"));
        api.perform(get(PATH).param("sort", "password"), hzOfficer(), null).andExpect(status().isBadRequest());
    }

    @Test
    void csvImportReportsEveryRejectedRow() throws Exception {
        String a = freshCode("320706");
        String b = freshCode("320706");
        String known = registerClassed("320706", "C");
        String csv = "\uFEFFuscc,name,entityType,regionCode,townshipCode,industryCode,registrationStatus,licences,"
                + "keySupervision,creditClass\n"
                + a + ",\"海州区老街小吃店, 分店\",INDIVIDUAL_BUSINESS,320706,,H6210,存续,FOOD_SERVICE,否,\n"
                + b + ",东海晶石,ENTERPRISE,320706,,C3099,EXISTING,,true,\n"
                + known + ",改名公司,ENTERPRISE,320706,,C1431,EXISTING,,false,C\n"
                + "91320706MA1XK7C380,坏代码,ENTERPRISE,320706,,,,,,\n"
                + freshCode("320706") + ",旧区划,ENTERPRISE,320705,,,,,,\n"
                + freshCode("320722") + ",他区企业,ENTERPRISE,320722,,,,,,\n"
                + freshCode("320706") + ",坏分类,ENTERPRISE,320706,,,,,,X\n"
                + a + ",重复,ENTERPRISE,320706,,,,,,\n";
        JsonNode report = api.read(mvc.perform(post(PATH + "/import").header("Authorization", hzAdmin())
                .contentType("text/csv").content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isOk()));
        assertThat(report.get("rows").asInt()).isEqualTo(8);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(5);
        assertThat(report.get("errors").findValuesAsString("code")).containsExactlyInAnyOrder("USCC_CHECKSUM",
                "REGION_OBSOLETE", "ENTITY_OUT_OF_SCOPE", "CREDIT_CLASS_INVALID", "DUPLICATE_ROW");
        assertThat(report.get("errors").findValues("line").stream().map(JsonNode::asInt).toList())
                .containsExactlyInAnyOrder(5, 6, 7, 8, 9);
        api.perform(get(PATH + "/{uscc}", a), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("海州区老街小吃店, 分店"))
                .andExpect(jsonPath("$.creditClass").value("B"));
        // the known entity's row repeats its class: the row is imported, the class stays the credit system's
        api.perform(get(PATH + "/{uscc}", known), hzOfficer(), null)
                .andExpect(jsonPath("$.name").value("改名公司")).andExpect(jsonPath("$.creditClass").value("C"))
                .andExpect(jsonPath("$.classSource").value("SAMR"));
        mvc.perform(post(PATH + "/import").header("Authorization", hzAdmin()).contentType("text/csv")
                        .content("name,regionCode\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CSV_HEADER_INVALID"));
        mvc.perform(post(PATH + "/import").header("Authorization", hzOfficer()).contentType("text/csv")
                .content(csv)).andExpect(status().isForbidden());
    }

    @Test
    void anAgencyAdminsImportRowsSettingOrChangingTheClassAreRejectedAlone() throws Exception {
        String fresh = freshCode("320706");
        String plain = freshCode("320706");
        String known = registerClassed("320706", "C");
        String other = registerClassed("320706", "D");
        String csv = "uscc,name,entityType,regionCode,keySupervision,creditClass,classDate,classSource\n"
                + fresh + ",新设分类企业,ENTERPRISE,320706,false,A,,\n"
                + plain + ",无分类企业,ENTERPRISE,320706,false,,,\n"
                + known + ",改名重分类企业,ENTERPRISE,320706,false,A,,\n"
                + other + ",改名保留分类企业,ENTERPRISE,320706,true,D,2025-04-01,SAMR\n"
                + known + "X,坏代码,ENTERPRISE,320706,false,,,\n";
        // the unrelated agency of the county (城管局) and the entities' own county agency alike
        for (String admin : java.util.List.of(hzUrbanAdmin(), hzAdmin())) {
            JsonNode report = api.read(mvc.perform(post(PATH + "/import").header("Authorization", admin)
                    .contentType("text/csv").content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .andExpect(status().isOk()));
            assertThat(report.get("rows").asInt()).isEqualTo(5);
            assertThat(report.get("rejected").asInt()).isEqualTo(3);
            assertThat(report.get("errors").findValuesAsString("code")).containsExactlyInAnyOrder(
                    "CREDIT_CLASS_SYSTEM_ONLY", "CREDIT_CLASS_SYSTEM_ONLY", "USCC_LENGTH");
            assertThat(report.get("errors").findValues("line").stream().map(JsonNode::asInt).toList())
                    .containsExactlyInAnyOrder(2, 4, 6);
            assertThat(report.get("errors").findValuesAsString("field")).containsOnly("creditClass", "uscc");
        }
        api.perform(get(PATH + "/{uscc}", fresh), hzOfficer(), null).andExpect(status().isNotFound());
        api.perform(get(PATH + "/{uscc}", plain), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.creditClass").value("B")).andExpect(jsonPath("$.classSource").value("DEFAULT"));
        api.perform(get(PATH + "/{uscc}", known), hzOfficer(), null).andExpect(jsonPath("$.creditClass").value("C"))
                .andExpect(jsonPath("$.name").value("连云港海宁食品有限公司"));
        api.perform(get(PATH + "/{uscc}", other), hzOfficer(), null).andExpect(jsonPath("$.creditClass").value("D"))
                .andExpect(jsonPath("$.name").value("改名保留分类企业"))
                .andExpect(jsonPath("$.keySupervision").value(true));
    }

    @Test
    void theCreditSystemImportsClassesWithTheirSourceInItsRegion() throws Exception {
        String fresh = freshCode("320706");
        String known = registerClassed("320706", "C");
        String donghai = freshCode("320722");
        String unsourced = freshCode("320706");
        String csv = "uscc,name,entityType,regionCode,creditClass,classDate,classSource\n"
                + fresh + ",省信用新设企业,ENTERPRISE,320706,A,2025-05-01,PROVINCIAL_CREDIT\n"
                + known + ",连云港海宁食品有限公司,ENTERPRISE,320706,D,,SAMR\n"
                + donghai + ",东海信用企业,ENTERPRISE,320722,C,,SAMR\n"
                + unsourced + ",无来源企业,ENTERPRISE,320706,B,,\n";
        JsonNode report = api.read(mvc.perform(post(PATH + "/import").header("Authorization", creditSystem())
                .contentType("text/csv").content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isOk()));
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("errors").findValuesAsString("code")).containsExactly("CREDIT_CLASS_SOURCE_REQUIRED");
        assertThat(report.get("errors").findValuesAsString("field")).containsExactly("classSource");
        api.perform(get(PATH + "/{uscc}", fresh), hzOfficer(), null).andExpect(jsonPath("$.creditClass").value("A"))
                .andExpect(jsonPath("$.classDate").value("2025-05-01"))
                .andExpect(jsonPath("$.classSource").value("PROVINCIAL_CREDIT"));
        api.perform(get(PATH + "/{uscc}", known), hzOfficer(), null).andExpect(jsonPath("$.creditClass").value("D"))
                .andExpect(jsonPath("$.classDate").value(today()));
        api.perform(get(PATH + "/{uscc}", unsourced), hzOfficer(), null).andExpect(status().isNotFound());
        // a credit-system client with a region claim imports that region only
        JsonNode scoped = api.read(mvc.perform(post(PATH + "/import").header("Authorization", donghaiCreditSystem())
                .contentType("text/csv").content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isOk()));
        assertThat(scoped.get("errors").findValuesAsString("code")).containsExactlyInAnyOrder("ENTITY_OUT_OF_SCOPE",
                "ENTITY_OUT_OF_SCOPE", "ENTITY_OUT_OF_SCOPE");
        assertThat(scoped.get("unchanged").asInt()).isEqualTo(1);
    }

    private static byte[] xlsx(java.util.List<String> header, java.util.List<java.util.List<String>> rows) {
        try (var w = new cn.gov.lyg.enforcement.platform.spreadsheet.XlsxWriter()) {
            w.sheet("名录", header);
            rows.forEach(w::row);
            var out = new java.io.ByteArrayOutputStream();
            w.writeTo(out);
            return out.toByteArray();
        }
    }

    private java.util.List<java.util.List<String>> exported(String token, String query) throws Exception {
        byte[] body = mvc.perform(get(PATH + "/export" + query).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var rows = new java.util.ArrayList<java.util.List<String>>();
        cn.gov.lyg.enforcement.platform.spreadsheet.XlsxReader.read(new java.io.ByteArrayInputStream(body), 1_000_000,
                rows::add, rows::add);
        return rows;
    }

    @Test
    void xlsxImportIsReadLikeTheCsvAndRefusesWhatIsNotAWorkbook() throws Exception {
        String a = freshCode("320706");
        String known = register("320706");
        byte[] file = xlsx(java.util.List.of("uscc", "name", "entityType", "regionCode", "licences", "creditClass"),
                java.util.List.of(java.util.List.of(a, "海州区表格导入食品店", "INDIVIDUAL_BUSINESS", "320706", "FOOD_SERVICE",
                                ""),
                        java.util.List.of(known, "表格改名公司", "ENTERPRISE", "320706", "", "B"),
                        java.util.List.of("91320706MA1XK7C380", "坏代码", "ENTERPRISE", "320706", "", ""),
                        java.util.List.of(freshCode("320722"), "他区企业", "ENTERPRISE", "320722", "", "")));
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        JsonNode report = api.read(mvc.perform(post(PATH + "/import").header("Authorization", hzAdmin())
                .contentType(xlsx).content(file)).andExpect(status().isOk()));
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("errors").findValuesAsString("code")).containsExactlyInAnyOrder("USCC_CHECKSUM",
                "ENTITY_OUT_OF_SCOPE");
        api.perform(get(PATH + "/{uscc}", a), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.creditClass").value("B"));
        // as an uploaded file too
        var upload = new org.springframework.mock.web.MockMultipartFile("file", "entities.xlsx", xlsx, file);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(PATH + "/import")
                        .file(upload).header("Authorization", hzAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(2));
        mvc.perform(post(PATH + "/import").header("Authorization", hzAdmin()).contentType(xlsx)
                        .content("uscc,name\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("XLSX_UNREADABLE"));
        mvc.perform(post(PATH + "/import").header("Authorization", hzAdmin()).contentType(xlsx)
                        .content(xlsx(java.util.List.of("name"), java.util.List.of())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CSV_HEADER_INVALID"));
        mvc.perform(post(PATH + "/import").header("Authorization", hzOfficer()).contentType(xlsx).content(file))
                .andExpect(status().isForbidden());
        mvc.perform(post(PATH + "/import").contentType(xlsx).content(file)).andExpect(status().isUnauthorized());
    }

    @Test
    void theExportCarriesTheCreditClassOnlyForAdmins() throws Exception {
        String code = registerClassed("320706", "C");
        var admin = exported(hzAdmin(), "?regionCode=320706");
        assertThat(admin.get(0)).contains("creditClass", "classDate", "classSource");
        int classColumn = admin.get(0).indexOf("creditClass");
        assertThat(admin).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo(code);
            assertThat(r.get(classColumn)).isEqualTo("C");
        });
        var officer = exported(hzOfficer(), "?regionCode=320706");
        assertThat(officer.get(0)).doesNotContain("creditClass", "classDate", "classSource");
        assertThat(officer).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(code));
        assertThat(officer.stream().flatMap(java.util.List::stream)).doesNotContain("C");
        // the other county's admin does not get this county's entities
        assertThat(exported(dhAdmin(), "").stream().map(r -> r.get(0))).doesNotContain(code);
        mvc.perform(get(PATH + "/export").param("creditClass", "C").header("Authorization", hzOfficer()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("CREDIT_CLASS_INTERNAL"));
        mvc.perform(get(PATH + "/export").header("Authorization", hzAuxiliary())).andExpect(status().isForbidden());
        mvc.perform(get(PATH + "/export")).andExpect(status().isUnauthorized());
    }
}
