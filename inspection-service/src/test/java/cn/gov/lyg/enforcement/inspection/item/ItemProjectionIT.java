package cn.gov.lyg.enforcement.inspection.item;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemResumed;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationGranted;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationRecalled;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule C6 over real Kafka: catalog's item and delegation events decide which items plans, spot-check tasks and
 * inspections may use (published INSPECTION items of the agency, or delegated to the township).
 */
@ServiceTest
class ItemProjectionIT {

    private static final String CATALOG = "/enforcement/catalog";
    private static final String DH_MARKET = InspectionApi.DH_MARKET;
    private static final String TOWNSHIP = "11320722300401017J";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear() + 3;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(mvc, json);
    }

    private void send(String source, DomainEvent event, int times) {
        TestEvents.publish(bootstrap, json, event, times, source);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Map<String, Object> plan(String item) {
        Map<String, Object> t = new HashMap<>();
        t.put("taskName", "道路货物运输经营者日常检查");
        t.put("kind", "ROUTINE");
        t.put("itemIds", List.of(item));
        t.put("regionCodes", List.of("320722"));
        t.put("startDate", YEAR + "-04-01");
        t.put("endDate", YEAR + "-11-30");
        t.put("frequencyCapPerObject", 2);
        return Map.of("year", YEAR, "tasks", List.of(t));
    }

    private static Map<String, Object> task(String item) {
        return task(item, "320722");
    }

    private static Map<String, Object> task(String item, String region) {
        return Map.of("name", "食品经营双随机抽查", "itemIds", List.of(item), "itemDomains", List.of("MARKET"),
                "regionCodes", List.of(region), "baseRatio", "0.10");
    }

    private static String township() {
        return TestTokens.user("township-admin").roles(Role.AGENCY_ADMIN).agency(TOWNSHIP).region("320722").bearer();
    }

    private void awaitCode(String token, String item, String code) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                api.perform(post("/api/inspections/v1/spot-checks"), token, task(item))
                        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value(code)));
    }

    private void awaitUsable(String token, String item) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                api.perform(post("/api/inspections/v1/spot-checks"), token, task(item))
                        .andExpect(status().isCreated()));
    }

    @Test
    void publicationMakesAnItemPlannableSuspensionAndCancellationRefuseIt() throws Exception {
        String itemId = id();
        String code = "3207-MKT-INS-" + (1000 + (int) (Math.random() * 8999));
        var snapshot = ItemFixtures.snapshot(itemId, code, "INSPECTION", "ACTIVE", List.of(DH_MARKET));

        // still DRAFT in catalog: unknown here
        api.perform(post("/api/inspections/v1/plans"), InspectionApi.dhAdmin(), plan(code))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ITEM_NOT_PUBLISHED"));

        // published (delivered twice: applied once) → plannable, by code and by catalog id
        send(CATALOG, new EnforcementItemPublished(id(), now(), itemId, 1, "320700", "catalog-admin", snapshot), 2);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                api.perform(post("/api/inspections/v1/plans"), InspectionApi.dhAdmin(), plan(code))
                        .andExpect(status().isCreated()));
        awaitUsable(InspectionApi.dhAdmin(), itemId);
        // not an item of A12
        api.perform(post("/api/inspections/v1/spot-checks"), InspectionApi.hzAdmin(), task(code, "320706"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ITEM_NOT_PUBLISHED"));

        // a cancellation from another source is ignored; the suspension after it (same item, in order) applies
        send("/enforcement/test", new EnforcementItemCancelled(id(), now(), itemId, 5, "320700", "x", "OTHER", null,
                TODAY, snapshot), 1);
        send(CATALOG, new EnforcementItemSuspended(id(), now(), itemId, 2, "320700", "catalog-admin", "LAW_AMENDED",
                null, TODAY, null, snapshot), 1);
        awaitCode(InspectionApi.dhAdmin(), code, "ITEM_SUSPENDED");

        // an older version delivered late changes nothing; the resumption (v3) after it applies
        send(CATALOG, new EnforcementItemPublished(id(), now(), itemId, 1, "320700", "catalog-admin", snapshot), 1);
        send(CATALOG, new EnforcementItemResumed(id(), now(), itemId, 3, "320700", "catalog-admin", TODAY,
                snapshot), 1);
        awaitUsable(InspectionApi.dhAdmin(), code);

        send(CATALOG, new EnforcementItemCancelled(id(), now(), itemId, 4, "320700", "catalog-admin", "LAW_REPEALED",
                null, TODAY, snapshot), 1);
        awaitCode(InspectionApi.dhAdmin(), code, "ITEM_CANCELLED");
        String planId = api.read(api.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/inspections/v1/plans?year=" + YEAR), InspectionApi.dhAdmin(), null)
                .andExpect(status().isOk())).get("content").get(0).get("id").asString();
        api.perform(put("/api/inspections/v1/plans/{id}", planId), InspectionApi.dhAdmin(), Map.of("tasks",
                        plan(code).get("tasks")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ITEM_CANCELLED"));
    }

    @Test
    void aDelegatedItemIsUsableByTheTownshipUntilItIsRecalled() throws Exception {
        String itemId = id();
        String code = "3207-MKT-INS-" + (1000 + (int) (Math.random() * 8999));
        send(CATALOG, new EnforcementItemPublished(id(), now(), itemId, 1, "320700", "catalog-admin",
                ItemFixtures.snapshot(itemId, code, "INSPECTION", "ACTIVE", List.of(DH_MARKET))), 1);
        awaitUsable(InspectionApi.dhAdmin(), code);
        api.perform(post("/api/inspections/v1/spot-checks"), township(), task(code))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ITEM_NOT_PUBLISHED"));

        String delegation = id();
        send(CATALOG, new TownshipDelegationGranted(id(), now(), delegation, 1, "320722", DH_MARKET, id(), "3207-MKT-PEN-0001",
                "PENALTY", List.of(itemId), DH_MARKET, TOWNSHIP, "东政发〔2025〕1号", null, TODAY.minusDays(10), null), 1);
        awaitUsable(township(), code);

        send(CATALOG, new TownshipDelegationRecalled(id(), now(), delegation, 2, "320722", DH_MARKET, id(), "3207-MKT-PEN-0001",
                List.of(itemId), DH_MARKET, TOWNSHIP, "东政发〔2025〕9号", TODAY.minusDays(1), "RECALLED"), 1);
        awaitCode(township(), code, "ITEM_NOT_PUBLISHED");
        // the department keeps its own item
        awaitUsable(InspectionApi.dhAdmin(), code);
    }
}
