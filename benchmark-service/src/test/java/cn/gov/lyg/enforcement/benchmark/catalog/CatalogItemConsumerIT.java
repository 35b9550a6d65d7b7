package cn.gov.lyg.enforcement.benchmark.catalog;

import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzReviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.benchmark.BenchmarkApi;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkReviewRequired;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemReviewRequired;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSnapshot;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.events.catalog.LawReference;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** catalog.items.v1 → the item projection and REVIEW_REQUIRED on the benchmarks built on an item or a provision. */
@ServiceTest
class CatalogItemConsumerIT {

    static final String CATALOG = "/enforcement/catalog";
    private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProcessedEvents processed;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    BenchmarkApi api;

    @BeforeEach
    void setUp() {
        api = new BenchmarkApi(mvc, json, mongo);
    }

    static EnforcementItemSnapshot snapshot(String id, String type, String status, String law, String article) {
        return new EnforcementItemSnapshot(id, "3207-MKT-PEN-" + (1000 + SEQ.incrementAndGet()), null, "对生产经营无标签预包装食品的行政处罚",
                type, "MARKET", null, List.of(BenchmarkApi.HZ_MARKET, BenchmarkApi.DH_MARKET), List.of("COUNTY"), "DIRECT",
                false, false, List.of(new LawReference(law, article, "1", "2")),
                List.of(new LawReference(law, article, "1", "2")), 1, LocalDate.of(2024, 1, 1), null, status);
    }

    String publishItem(String type) {
        String id = UUID.randomUUID().toString();
        EnforcementItemPublished event = new EnforcementItemPublished(UUID.randomUUID().toString(), OffsetDateTime.now(),
                id, 1, "320700", "catalog-admin", snapshot(id, type, "ACTIVE", "中华人民共和国食品安全法", "125"));
        TestEvents.publish(bootstrap, json, event, 1, CATALOG);
        await(event.eventId());
        return id;
    }

    void await(String eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> processed.isProcessed(CatalogItemConsumer.CONSUMER, eventId));
    }

    @Test
    void publishedItemsFeedTheProjectionThatEntriesAreCheckedAgainst() throws Exception {
        String penalty = publishItem("PENALTY");
        String inspection = publishItem("INSPECTION");
        String id = api.draft(hzAdmin(), "COUNTY", null);
        api.postJson("/api/benchmarks/v1/benchmarks/" + id + "/entries", BenchmarkApi.entryBody("C-1", inspection),
                hzOfficer(), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CATALOG_ITEM_NOT_PENALTY"));
        api.postJson("/api/benchmarks/v1/benchmarks/" + id + "/entries", BenchmarkApi.entryBody("C-1", penalty),
                hzOfficer(), null).andExpect(status().isCreated());
        // an event that does not come from the catalog changes nothing
        String foreign = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, json, new EnforcementItemPublished(UUID.randomUUID().toString(),
                OffsetDateTime.now(), foreign, 1, "320700", "x", snapshot(foreign, "PENALTY", "ACTIVE", "某法", "1")), 1,
                "/enforcement/somebody-else");
        publishItem("PENALTY");
        assertThat(mongo.findById(foreign, CatalogItem.class)).isNull();
    }

    @Test
    void aSuspendedItemFlagsTheBenchmarksBuiltOnItOnceEvenWhenRedelivered() throws Exception {
        String item = publishItem("PENALTY");
        String id = api.draft(hzAdmin(), "COUNTY", null);
        String entry = api.addEntry(id, hzOfficer(), BenchmarkApi.entryBody("S-1", item));
        api.publish(id, hzOfficer(), hzReviewer(), hzAdmin());
        EnforcementItemSuspended suspended = new EnforcementItemSuspended(UUID.randomUUID().toString(),
                OffsetDateTime.now(), item, 2, "320700", "catalog-admin", "LAW_AMENDED", "待修订",
                LocalDate.of(2025, 9, 1), null, snapshot(item, "PENALTY", "SUSPENDED", "中华人民共和国食品安全法", "125"));
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.BENCHMARK_BENCHMARKS)) {
            TestEvents.publish(bootstrap, json, suspended, 2, CATALOG);
            await(suspended.eventId());
            var record = probe.await(r -> id.equals(r.key()) && new String(r.headers().lastHeader("ce_type").value(),
                    StandardCharsets.UTF_8).endsWith("review-required.v1"), 1, Duration.ofSeconds(20)).get(0);
            JsonNode data = json.readTree(new String(KafkaMessageFactory.createReader(record).toEvent().getData()
                    .toBytes(), StandardCharsets.UTF_8));
            assertThat(EventSchemas.validate(BenchmarkReviewRequired.class, data)).isEmpty();
            assertThat(data.get("entryIds").get(0).asString()).isEqualTo(entry);
            assertThat(probe.drain(r -> id.equals(r.key()) && new String(r.headers().lastHeader("ce_type").value(),
                    StandardCharsets.UTF_8).endsWith("review-required.v1"), Duration.ofSeconds(2))).as("one event for two deliveries")
                    .hasSize(1);
        }
        JsonNode b = api.get(id, hzOfficer());
        assertThat(b.get("reviewRequired").asBoolean()).isTrue();
        assertThat(b.get("reviewReasons")).hasSize(1);
        assertThat(b.at("/entries/0/reviewReasons/0").asString()).startsWith("CATALOG_ITEM_SUSPENDED:");
        assertThat(mongo.findById(item, CatalogItem.class).status()).isEqualTo("SUSPENDED");
        api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/benchmarks/v1/benchmarks").param("reviewRequired", "true"), hzOfficer())
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").exists());
    }

    @Test
    void as37ARepealFlagsEveryEntryCitingTheProvisionAndIsNeverAppliedToLaterActs() throws Exception {
        String item = publishItem("PENALTY");
        String otherItem = publishItem("PENALTY");
        String law = "城市道路管理条例" + UUID.randomUUID().toString().substring(0, 6);
        String id = api.draft(hzAdmin(), "COUNTY", null);
        String entry = api.addEntry(id, hzOfficer(), BenchmarkApi.entryBody("URB-42-6", otherItem)
                .replace("中华人民共和国食品安全法", law).replace("\"125\"", "\"42\""));
        api.publish(id, hzOfficer(), hzReviewer(), hzAdmin());
        EnforcementItemReviewRequired repeal = new EnforcementItemReviewRequired(UUID.randomUUID().toString(),
                OffsetDateTime.now(), item, 2, "320700", UUID.randomUUID().toString(), law, "42", "REPEALED",
                LocalDate.of(2026, 1, 1), List.of("SETTING"), snapshot(item, "PENALTY", "ACTIVE", law, "42"));
        TestEvents.publish(bootstrap, json, repeal, 1, CATALOG);
        await(repeal.eventId());
        JsonNode b = api.get(id, hzOfficer());
        assertThat(b.get("reviewRequired").asBoolean()).as("the entry cites the law through another item").isTrue();
        assertThat(b.at("/entries/0/reviewReasons/0").asString()).isEqualTo("LAW_CHANGE:REPEALED:" + law + ":42");
        String ask = """
            {"entryId":"%s","circumstanceLevel":"GENERAL","baseAmount":"8000","violationDate":"%s","decisionDate":"%s"}
            """;
        api.postJson("/api/benchmarks/v1/recommendations", ask.formatted(entry, "2026-01-01", "2026-02-01"), hzOfficer(),
                null).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("PROVISION_REPEALED"));
        api.postJson("/api/benchmarks/v1/recommendations", ask.formatted(entry, "2025-12-31", "2026-02-01"), hzOfficer(),
                null).andExpect(status().isOk()).andExpect(jsonPath("$.tier").value("NO_PENALTY"))
                .andExpect(jsonPath("$.noPenaltyOptions[0].code").value("LAW_REPEALED_AFTER_ACT"));
        api.postJson("/api/benchmarks/v1/recommendations", ask.formatted(entry, "2025-10-01", "2025-12-01"), hzOfficer(),
                null).andExpect(status().isOk()).andExpect(jsonPath("$.tier").value("STANDARD"));
    }
}
