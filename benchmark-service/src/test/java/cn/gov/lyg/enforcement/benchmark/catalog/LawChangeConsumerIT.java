package cn.gov.lyg.enforcement.benchmark.catalog;

import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzReviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.benchmark.BenchmarkApi;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.LawChangeRecorded;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/** catalog.law-changes.v1 → REVIEW_REQUIRED on entries citing a provision that no catalog item cites. */
@ServiceTest
class LawChangeConsumerIT {

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

    /** A PENALTY item citing the food safety law only; the entry built on it cites another law as well. */
    private String publishedEntryCiting(String law, String article, String[] benchmarkId) throws Exception {
        String item = UUID.randomUUID().toString();
        EnforcementItemPublished published = new EnforcementItemPublished(UUID.randomUUID().toString(),
                OffsetDateTime.now(), item, 1, "320700", "catalog-admin", CatalogItemConsumerIT.snapshot(item, "PENALTY",
                "ACTIVE", "中华人民共和国食品安全法", "125"));
        TestEvents.publish(bootstrap, json, published, 1, CatalogItemConsumerIT.CATALOG);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> processed.isProcessed(CatalogItemConsumer.CONSUMER, published.eventId()));
        String id = api.draft(hzAdmin(), "COUNTY", null);
        String entry = api.addEntry(id, hzOfficer(), BenchmarkApi.entryBody("LC-" + article, item)
                .replace("中华人民共和国食品安全法", law).replace("\"125\"", "\"" + article + "\""));
        api.publish(id, hzOfficer(), hzReviewer(), hzAdmin());
        benchmarkId[0] = id;
        return entry;
    }

    private void deliver(LawChangeRecorded change, String source) {
        TestEvents.publish(bootstrap, json, change, 1, source);
    }

    private void awaitProcessed(LawChangeRecorded change) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> processed.isProcessed(LawChangeConsumer.CONSUMER, change.eventId()));
    }

    @Test
    void aRepealOfAProvisionNoItemCitesFlagsTheEntryOnceAndIsNeverAppliedToLaterActs() throws Exception {
        String law = "连云港市养犬管理条例" + UUID.randomUUID().toString().substring(0, 6);
        String[] id = new String[1];
        String entry = publishedEntryCiting(law, "9", id);
        assertThat(api.get(id[0], hzOfficer()).get("reviewRequired").asBoolean()).isFalse();

        // not from the catalog: refused, nothing flagged
        LawChangeRecorded forged = new LawChangeRecorded(UUID.randomUUID().toString(), OffsetDateTime.now(),
                UUID.randomUUID().toString(), 1, "320700", law, "9", "REPEALED", LocalDate.of(2026, 1, 1), 0);
        deliver(forged, "/enforcement/somebody-else");

        LawChangeRecorded repeal = new LawChangeRecorded(UUID.randomUUID().toString(), OffsetDateTime.now(),
                UUID.randomUUID().toString(), 1, "320700", law, "9", "REPEALED", LocalDate.of(2026, 1, 1), 0);
        deliver(repeal, CatalogItemConsumerIT.CATALOG);
        deliver(repeal, CatalogItemConsumerIT.CATALOG);
        awaitProcessed(repeal);
        assertThat(processed.isProcessed(LawChangeConsumer.CONSUMER, forged.eventId())).isFalse();

        JsonNode b = api.get(id[0], hzOfficer());
        assertThat(b.get("reviewRequired").asBoolean()).isTrue();
        assertThat(b.at("/entries/0/reviewReasons")).hasSize(1);
        assertThat(b.at("/entries/0/reviewReasons/0").asString()).isEqualTo("LAW_CHANGE:REPEALED:" + law + ":9");

        String ask = """
            {"entryId":"%s","circumstanceLevel":"GENERAL","baseAmount":"8000","violationDate":"%s","decisionDate":"%s"}
            """;
        api.postJson("/api/benchmarks/v1/recommendations", ask.formatted(entry, "2026-01-01", "2026-02-01"), hzOfficer(),
                null).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("PROVISION_REPEALED"));
        api.postJson("/api/benchmarks/v1/recommendations", ask.formatted(entry, "2025-12-31", "2026-02-01"), hzOfficer(),
                null).andExpect(status().isOk()).andExpect(jsonPath("$.noPenaltyOptions[0].code")
                .value("LAW_REPEALED_AFTER_ACT"));
    }

    @Test
    void anAmendmentOfTheWholeLawFlagsEveryEntryCitingAnyOfItsArticlesButNoOther() throws Exception {
        String law = "连云港市市容管理条例" + UUID.randomUUID().toString().substring(0, 6);
        String[] citing = new String[1];
        publishedEntryCiting(law, "12", citing);
        String[] other = new String[1];
        publishedEntryCiting("另一条例" + UUID.randomUUID().toString().substring(0, 6), "12", other);

        LawChangeRecorded amended = new LawChangeRecorded(UUID.randomUUID().toString(), OffsetDateTime.now(),
                UUID.randomUUID().toString(), 1, "320700", law, null, "AMENDED", LocalDate.of(2026, 3, 1), 0);
        deliver(amended, CatalogItemConsumerIT.CATALOG);
        awaitProcessed(amended);

        JsonNode b = api.get(citing[0], hzOfficer());
        assertThat(b.get("reviewRequired").asBoolean()).isTrue();
        assertThat(b.at("/entries/0/reviewReasons/0").asString()).isEqualTo("LAW_CHANGE:AMENDED:" + law + ":null");
        assertThat(api.get(other[0], hzOfficer()).get("reviewRequired").asBoolean()).isFalse();
        // an amendment is no repeal: the entry still applies to later acts
        String ask = """
            {"entryId":"%s","circumstanceLevel":"GENERAL","baseAmount":"8000","violationDate":"2026-04-01","decisionDate":"2026-04-02"}
            """;
        api.postJson("/api/benchmarks/v1/recommendations", ask.formatted(b.at("/entries/0/entryId").asString()),
                hzOfficer(), null).andExpect(status().isOk());
    }
}
