package cn.gov.lyg.enforcement.benchmark.benchmark;

import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.cityAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.dhAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.dhOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.dhSupervisor;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.govSystems;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzReviewer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.benchmark.BenchmarkApi;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkVersionPublished;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkVersionSuperseded;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Benchmarks over HTTP: the workflow, publication with its event, the public read, roles and data scope. */
@ServiceTest
class BenchmarkApiIT {

    private static final String COLLECTION = "/api/benchmarks/v1/benchmarks";
    private static final String BASE = COLLECTION + "/";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    BenchmarkApi api;
    String item;

    @BeforeEach
    void setUp() {
        api = new BenchmarkApi(mvc, json, mongo);
        item = api.catalogItem("PENALTY", "ACTIVE", BenchmarkApi.HZ_MARKET, BenchmarkApi.CITY_MARKET);
    }

    @Test
    void theWorkflowPublishesTheVersionEmitsTheEventAndMakesItPublic() throws Exception {
        String id = api.draft(hzAdmin(), "COUNTY", null);
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("MKT-125-1-2", item), hzOfficer(), "\"0\"")
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.fineFormula.branches[1].formula.min").value("5.00"))
                .andExpect(jsonPath("$.fineFormula.branches[1].baseFrom").value("10000.00"));
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("MKT-X", item), hzOfficer(), "\"0\"")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("MKT-125-1-2", item), hzOfficer(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("DUPLICATE_VIOLATION_CODE"));
        // not public, not visible to another agency, visible to the county's judicial bureau
        mvc.perform(get("/api/benchmarks/v1/public/benchmarks/" + id)).andExpect(status().isNotFound());
        api.perform(get(BASE + id), dhOfficer()).andExpect(status().isNotFound());
        api.perform(get(BASE + id), dhSupervisor()).andExpect(status().isNotFound());
        api.perform(get(BASE + id), hzSupervisor()).andExpect(status().isOk());
        // only the issuing agency edits; legal reviewers approve
        api.postJson(BASE + id + "/submit", "", dhAdmin(), null).andExpect(status().isNotFound());
        api.postJson(BASE + id + "/submit", "", hzSupervisor(), null).andExpect(status().isForbidden());
        api.postJson(BASE + id + "/approve", "{}", hzOfficer(), null).andExpect(status().isForbidden());

        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.BENCHMARK_BENCHMARKS)) {
            JsonNode published = api.publish(id, hzOfficer(), hzReviewer(), hzAdmin());
            assertThat(published.get("status").asString()).isEqualTo("EFFECTIVE");
            assertThat(published.get("deliberation").get("minutesRef").asString()).isEqualTo("2023年第12次局务会议纪要");
            var record = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            assertThat(event.getType()).isEqualTo("cn.gov.lyg.enforcement.benchmark.benchmark.published.v1");
            assertThat(event.getSource().toString()).isEqualTo("/enforcement/benchmark");
            JsonNode data = json.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
            assertThat(EventSchemas.validate(BenchmarkVersionPublished.class, data)).isEmpty();
            assertThat(data.at("/entries/0/violationCode").asString()).isEqualTo("MKT-125-1-2");
            assertThat(data.get("agencyCode").asString()).isEqualTo(BenchmarkApi.HZ_MARKET);
        }
        mvc.perform(get("/api/benchmarks/v1/public/benchmarks/" + id)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.entries[0].violationCode").value("MKT-125-1-2"))
                .andExpect(jsonPath("$.legalReview").doesNotExist());
        mvc.perform(get("/api/benchmarks/v1/public/benchmarks").param("agencyCode", BenchmarkApi.HZ_MARKET))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").isNumber());
        api.perform(get(BASE + id), dhOfficer()).andExpect(status().isOk());
        // a published version is no longer edited; another agency may read but not change it
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("MKT-2", item), hzOfficer(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_BENCHMARK_TRANSITION"));
        api.postJson(BASE + id + "/repeal", "{\"effectiveFrom\":\"2026-01-01\"}", dhAdmin(), null)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_ISSUING_AGENCY"));
    }

    @Test
    void aNewVersionForALawChangeSupersedesTheOldOneFromItsEffectiveDate() throws Exception {
        String v1 = api.draft(hzAdmin(), "COUNTY", null);
        api.addEntry(v1, hzOfficer(), BenchmarkApi.entryBody("MKT-125-1-2", item));
        api.publish(v1, hzOfficer(), hzReviewer(), hzAdmin());
        String v2 = api.read(api.postJson(BASE + v1 + "/versions", "{\"reason\":\"LAW_CHANGE\"}", hzAdmin(), null)
                .andExpect(status().isCreated())).get("id").asString();
        api.postJson(BASE + v1 + "/versions", "{}", hzAdmin(), null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_LATEST_VERSION"));
        api.postJson(BASE + v2 + "/submit", "", hzOfficer(), null).andExpect(status().isOk());
        api.postJson(BASE + v2 + "/approve", """
            {"reviewedOn":"2025-06-01","opinion":"合法","deliberationDate":"2025-06-05","minutesRef":"纪要"}
            """, hzReviewer(), null).andExpect(status().isOk());
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.BENCHMARK_BENCHMARKS)) {
            api.postJson(BASE + v2 + "/publish", "{\"publishedAt\":\"2025-06-20\",\"effectiveFrom\":\"2025-07-01\",\"docNo\":\"海市监〔2025〕7号\"}",
                    hzAdmin(), null).andExpect(status().isOk()).andExpect(jsonPath("$.versionNo").value(2));
            var record = probe.await(r -> v1.equals(r.key()) && new String(r.headers().lastHeader("ce_type").value(),
                    StandardCharsets.UTF_8).endsWith("superseded.v1"), 1, Duration.ofSeconds(20)).get(0);
            JsonNode data = json.readTree(new String(KafkaMessageFactory.createReader(record).toEvent().getData()
                    .toBytes(), StandardCharsets.UTF_8));
            assertThat(EventSchemas.validate(BenchmarkVersionSuperseded.class, data)).isEmpty();
            assertThat(data.get("effectiveTo").asString()).isEqualTo("2025-06-30");
        }
        JsonNode old = api.get(v1, hzOfficer());
        assertThat(old.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(old.get("effectiveTo").asString()).isEqualTo("2025-06-30");
        api.perform(get(BASE + v2 + "/versions"), hzOfficer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[1].revisionReason").value("LAW_CHANGE"));
    }

    @Test
    void as36ACountyRefinementCannotWidenTheCityBands() throws Exception {
        String city = api.draft(cityAdmin(), "CITY", null);
        api.addEntry(city, cityAdmin(), BenchmarkApi.firEntryBody("FIR-60-1-3", item, null, null));
        api.publish(city, cityAdmin(), cityAdmin(), cityAdmin());
        String county = api.draft(hzAdmin(), "COUNTY", city);
        api.addEntry(county, hzOfficer(), BenchmarkApi.firEntryBody("FIR-60-1-3", item, "15000", "40000"));
        var result = api.postJson(BASE + county + "/submit", "", hzOfficer(), null);
        result.andExpect(status().isOk());
        api.postJson(BASE + county + "/approve", """
            {"reviewedOn":"2023-12-01","opinion":"合法","deliberationDate":"2023-12-10","minutesRef":"纪要"}
            """, hzReviewer(), null).andExpect(status().isOk());
        api.postJson(BASE + county + "/publish", "{\"publishedAt\":\"2023-12-20\",\"effectiveFrom\":\"2024-01-01\"}",
                        hzAdmin(), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("EXCEEDS_PARENT_TIER"))
                .andExpect(jsonPath("$.violations[0].citation").value(org.hamcrest.Matchers.containsString("国办发〔2022〕27号")));
        api.postJson(COLLECTION, "{\"title\":\"x\",\"level\":\"COUNTY\",\"parentBenchmarkId\":\"no-such\"}", hzAdmin(), null)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("PARENT_UNKNOWN"));
    }

    @Test
    void writesNeedATokenAndAnAuthorRoleBeforeTheBodyIsRead() throws Exception {
        api.postJson(COLLECTION, "{}", null, null).andExpect(status().isUnauthorized());
        api.postJson(COLLECTION, "not json at all", hzSupervisor(), null).andExpect(status().isForbidden());
        api.postJson(COLLECTION, "{\"title\":\"x\",\"level\":\"COUNTY\"}", govSystems(), null).andExpect(status().isForbidden());
        api.postJson(COLLECTION, "{\"title\":\" \",\"level\":\"COUNTY\"}", hzAdmin(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BENCHMARK_INVALID"));
        api.postJson(COLLECTION, "{\"title\":\"x\",\"level\":\"TOWN\"}", hzAdmin(), null).andExpect(status().isBadRequest());
        api.perform(get(COLLECTION), null).andExpect(status().isUnauthorized());
        api.perform(get(COLLECTION).param("size", "500"), hzOfficer()).andExpect(status().isBadRequest());
    }

    @Test
    void badEntriesAreRefusedWithCodes() throws Exception {
        String id = api.draft(hzAdmin(), "COUNTY", null);
        String inspection = api.catalogItem("INSPECTION", "ACTIVE", BenchmarkApi.HZ_MARKET);
        String suspended = api.catalogItem("PENALTY", "SUSPENDED", BenchmarkApi.HZ_MARKET);
        String otherAgency = api.catalogItem("PENALTY", "ACTIVE", BenchmarkApi.DH_MARKET);
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("A", inspection), hzOfficer(), null)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("CATALOG_ITEM_NOT_PENALTY"));
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("A", suspended), hzOfficer(), null)
                .andExpect(jsonPath("$.code").value("CATALOG_ITEM_NOT_ACTIVE"));
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("A", otherAgency), hzOfficer(), null)
                .andExpect(jsonPath("$.code").value("CATALOG_ITEM_NOT_OF_AGENCY"));
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("A", java.util.UUID.randomUUID().toString()),
                hzOfficer(), null).andExpect(jsonPath("$.code").value("CATALOG_ITEM_UNKNOWN"));
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("A", "not-a-uuid"), hzOfficer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ENTRY_INVALID"));
        String negative = BenchmarkApi.entryBody("A", item).replace("\"min\":\"5000\"", "\"min\":\"-5\"");
        api.postJson(BASE + id + "/entries", negative, hzOfficer(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ENTRY_INVALID"));
        String mandatoryNotAllowed = BenchmarkApi.entryBody("A", item)
                .replace("\"mandatoryPenaltyKinds\":[", "\"mandatoryPenaltyKinds\":[\"DETENTION\",");
        api.postJson(BASE + id + "/entries", mandatoryNotAllowed, hzOfficer(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ENTRY_INVALID"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("mandatory")));
        api.postJson(BASE + id + "/entries", BenchmarkApi.entryBody("A", item), hzAuxiliaryToken(), null)
                .andExpect(status().isForbidden());
        api.perform(get(BASE + id + "/entries/nope"), hzOfficer()).andExpect(status().isNotFound());
        assertThat(api.get(id, hzOfficer()).get("entries").size()).isZero();
    }

    /**
     * Row 4 of the authorization review: the activation job walks every agency's published versions, so it belongs
     * to the city bureau and the integrated systems (each within its region), not to an agency admin; and it never
     * runs ahead of time (a future {@code asOf} would make versions EFFECTIVE before their effective date).
     */
    @Test
    void theActivationJobIsForTheCityBureauAndSystemsWithinTheirRegionAndNeverAhead() throws Exception {
        String hz = publishedAndDue(hzAdmin(), hzReviewer(), "COUNTY");
        String city = publishedAndDue(cityAdmin(), cityAdmin(), "CITY");
        String job = COLLECTION + "/jobs/activate";
        String today = LocalDate.now(SHANGHAI).toString();
        api.perform(post(job).param("asOf", today), null).andExpect(status().isUnauthorized());
        for (String refused : List.of(hzAdmin(), cityAdmin(), hzOfficer(), hzReviewer(), hzSupervisor(),
                BenchmarkApi.hzAuxiliary())) {
            api.perform(post(job).param("asOf", today), refused).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
        assertThat(statusOf(hz)).isEqualTo("PUBLISHED");

        api.perform(post(job).param("asOf", LocalDate.now(SHANGHAI).plusDays(1).toString()),
                        BenchmarkApi.citySupervisor())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("DATE_IN_FUTURE"))
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        api.perform(post(job).param("asOf", LocalDate.now(SHANGHAI).plusDays(30).toString()), govSystems())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("DATE_IN_FUTURE"));
        assertThat(statusOf(hz)).isEqualTo("PUBLISHED");
        assertThat(statusOf(city)).isEqualTo("PUBLISHED");

        // a system of 海州区: the versions of its region only
        api.perform(post(job).param("asOf", today), BenchmarkApi.govSystemsOf("320706"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.asOf").value(today));
        assertThat(statusOf(hz)).isEqualTo("EFFECTIVE");
        assertThat(statusOf(city)).isEqualTo("PUBLISHED");

        // the city bureau: the whole city
        api.perform(post(job).param("asOf", today), BenchmarkApi.citySupervisor()).andExpect(status().isOk());
        assertThat(statusOf(city)).isEqualTo("EFFECTIVE");
    }

    /** A version published today, effective tomorrow, whose effective date has then come (moved to today). */
    private String publishedAndDue(String author, String reviewer, String level) throws Exception {
        String id = api.draft(author, level, null);
        api.addEntry(id, author, BenchmarkApi.entryBody("ACT-" + level, item));
        api.postJson(BASE + id + "/submit", "", author, null).andExpect(status().isOk());
        api.postJson(BASE + id + "/approve", """
            {"reviewedOn":"2023-12-01","opinion":"合法","deliberationDate":"2023-12-10","minutesRef":"2023年第12次局务会议纪要"}
            """, reviewer, null).andExpect(status().isOk());
        LocalDate today = LocalDate.now(SHANGHAI);
        api.postJson(BASE + id + "/publish", "{\"publishedAt\":\"" + today + "\",\"effectiveFrom\":\""
                + today.plusDays(1) + "\"}", author, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("effectiveFrom", today),
                BenchmarkDocument.class);
        return id;
    }

    private String statusOf(String id) throws Exception {
        return api.get(id, BenchmarkApi.citySupervisor()).get("status").asString();
    }

    private static String hzAuxiliaryToken() {
        return BenchmarkApi.hzAuxiliary();
    }
}
