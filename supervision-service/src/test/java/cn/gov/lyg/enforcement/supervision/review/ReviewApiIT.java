package cn.gov.lyg.enforcement.supervision.review;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.CITY_JUSTICE;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.DH_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.GY_ENFORCEMENT;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.HZ_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.citySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.dhOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.govSystems;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.gySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzLeader;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.supervision.CaseFileReviewCompleted;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case-file reviews through the API: a batch drawn reproducibly from the register's closed cases, reviewers assigned
 * with recusal, files scored, the batch published (CaseFileReviewCompleted on Kafka), the agency reading its own
 * results and reporting its rectification; guidance cases from the reviewed files; templates as data.
 */
@ServiceTest
class ReviewApiIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    static String gyAdmin() {
        return TestTokens.user("gy-admin").roles(Role.AGENCY_ADMIN).agency(GY_ENFORCEMENT).region("320707").bearer();
    }

    static String dhSupervisor() {
        return TestTokens.user("dh-supervisor").roles(Role.SUPERVISOR_COUNTY).agency("11320722300400001P")
                .region("320722").bearer();
    }

    /** Reports a closed penalty case and answers its id. */
    String closed(String agency, String closedOn) throws Exception {
        String caseNo = "评查案卷〔2024〕" + SEQ.incrementAndGet() + "号";
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), Map.of("agencyCode", agency,
                "caseNo", caseNo, "caseType", "PENALTY", "milestone", "CLOSED", "occurredOn", closedOn))
                .andExpect(status().isCreated());
        return agency + ":" + caseNo;
    }

    Map<String, Object> batch(String from, String to, int count, long seed) {
        return Map.of("name", "2024 年行政处罚案卷评查", "year", 2024, "regionCode", "320700",
                "caseTypes", List.of("PENALTY"), "closedFrom", from, "closedTo", to,
                "sampling", Map.of("mode", "AUTO_TOTAL", "count", count, "seed", seed));
    }

    static String sha256(List<String> ids) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        ids.stream().sorted().forEach(id -> md.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }

    static String etag(org.springframework.test.web.servlet.ResultActions r) {
        return r.andReturn().getResponse().getHeader("ETag");
    }

    @Test
    void aBatchIsDrawnReproduciblyScoredWithRecusalPublishedAndRectified() throws Exception {
        List<String> population = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            population.add(closed(HZ_MARKET, "2024-02-0" + (5 + i)));
        }
        population.add(closed(GY_ENFORCEMENT, "2024-02-08"));
        population.add(closed(GY_ENFORCEMENT, "2024-02-09"));
        closed(HZ_MARKET, "2024-03-01"); // outside the window

        var created = api.perform(post("/api/supervision/v1/review-batches"), citySupervisor(),
                batch("2024-02-01", "2024-02-29", 3, 20240301L)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.templateId").value("DEFAULT"))
                .andExpect(jsonPath("$.templateVersion").value(1));
        String batchId = api.read(created).get("id").asString();
        api.perform(get("/api/supervision/v1/review-batches/{id}", batchId), hzSupervisor(), null)
                .andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/review-batches/{id}/draw", batchId).header("If-Match", "\"7\""),
                citySupervisor(), null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        JsonNode drawn = api.read(api.perform(post("/api/supervision/v1/review-batches/{id}/draw", batchId)
                        .header("If-Match", etag(created)), citySupervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SAMPLED")));
        assertThat(drawn.at("/draw/populationSize").asInt()).isEqualTo(5);
        assertThat(drawn.at("/draw/seed").asLong()).isEqualTo(20240301L);
        assertThat(drawn.at("/draw/populationHash").asString()).isEqualTo(sha256(population));
        List<String> sampled = drawn.at("/draw/caseIds").valueStream().map(JsonNode::asString).toList();
        assertThat(sampled).hasSize(3).isSubsetOf(population);
        JsonNode record = api.read(api.perform(get("/api/supervision/v1/review-batches/{id}/draw", batchId),
                citySupervisor(), null).andExpect(status().isOk()));
        assertThat(record.get("reproduced").asBoolean()).isTrue();
        assertThat(record.get("population").findValuesAsString("caseId")).isEqualTo(population.stream().sorted().toList());
        assertThat(record.get("algorithm").asString()).contains("java.util.Random(seed)");
        api.perform(post("/api/supervision/v1/review-batches/{id}/draw", batchId), citySupervisor(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));

        String hzFile = sampled.stream().filter(id -> id.startsWith(HZ_MARKET)).findFirst().orElseThrow();
        api.perform(post("/api/supervision/v1/review-batches/{id}/assignments", batchId), citySupervisor(), Map.of(
                "reviewers", List.of(Map.of("reviewerId", "hz-officer", "agencyCode", HZ_MARKET),
                        Map.of("reviewerId", "city-supervisor", "agencyCode", CITY_JUSTICE)),
                "files", List.of(Map.of("caseId", hzFile, "reviewerIds", List.of("hz-officer", "city-supervisor")))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("REVIEWER_CONFLICT"));
        api.perform(post("/api/supervision/v1/review-batches/{id}/assignments", batchId), citySupervisor(), Map.of(
                        "reviewers", List.of(Map.of("reviewerId", "city-supervisor", "agencyCode", CITY_JUSTICE),
                                Map.of("reviewerId", "dh-officer", "agencyCode", DH_MARKET))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"));

        JsonNode files = api.read(api.perform(get("/api/supervision/v1/reviews").param("batchId", batchId)
                .param("assignedToMe", "true"), dhOfficer(), null).andExpect(status().isOk()));
        assertThat(files.get("totalElements").asInt()).isEqualTo(3);
        String hzReview = CaseFileReview.idOf(batchId, hzFile);
        api.perform(get("/api/supervision/v1/reviews/{id}", hzReview), hzOfficer(), null)
                .andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/review-batches/{id}/publish", batchId), citySupervisor(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("REVIEW_BATCH_INCOMPLETE"));

        api.perform(post("/api/supervision/v1/reviews/{id}/score", hzReview), hzLeader(), Map.of("findings", List.of()))
                .andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/reviews/{id}/score", hzReview), dhOfficer(),
                        Map.of("findings", List.of(Map.of("itemCode", "X99"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("REVIEW_FINDINGS_INVALID"));
        api.perform(post("/api/supervision/v1/reviews/{id}/score", hzReview), dhOfficer(), Map.of(
                        "findings", List.of(Map.of("itemCode", "D07", "occurrences", 1, "note", "送达回证缺签名"),
                                Map.of("itemCode", "D09", "occurrences", 2)),
                        "problems", List.of("送达不规范"), "at", "2024-02-28T10:00:00+08:00"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value("96.0"))
                .andExpect(jsonPath("$.grade").value("EXCELLENT"))
                .andExpect(jsonPath("$.rectificationRequired").value(true));
        List<String> others = sampled.stream().filter(id -> !id.equals(hzFile)).toList();
        api.perform(post("/api/supervision/v1/reviews/{id}/score", CaseFileReview.idOf(batchId, others.get(0))),
                        citySupervisor(), Map.of("findings", List.of(Map.of("itemCode", "V03"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value("0.0"))
                .andExpect(jsonPath("$.grade").value("UNQUALIFIED"));
        api.perform(post("/api/supervision/v1/reviews/{id}/score", CaseFileReview.idOf(batchId, others.get(1))),
                        citySupervisor(), Map.of("findings", List.of()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value("100.0"))
                .andExpect(jsonPath("$.rectificationRequired").value(false));

        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_REVIEWS)) {
            api.perform(post("/api/supervision/v1/review-batches/{id}/publish", batchId), hzSupervisor(),
                    Map.of("at", "2024-03-01T10:00:00+08:00")).andExpect(status().isNotFound());
            api.perform(post("/api/supervision/v1/review-batches/{id}/publish", batchId), citySupervisor(),
                            Map.of("at", "2024-03-01T10:00:00+08:00")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PUBLISHED"));
            JsonNode event = api.events(probe, CaseFileReviewCompleted.class, hzReview, 1).get(0);
            assertThat(event.get("score").asString()).isEqualTo("96.0");
            assertThat(event.get("rectificationRequired").asBoolean()).isTrue();
            api.events(probe, CaseFileReviewCompleted.class, CaseFileReview.idOf(batchId, others.get(0)), 1);
        }

        api.perform(get("/api/supervision/v1/reviews/{id}", hzReview), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINAL"))
                .andExpect(jsonPath("$.rectification.dueOn").value("2024-03-29"))
                .andExpect(jsonPath("$.rectification.status").value("REQUIRED"));
        api.perform(get("/api/supervision/v1/reviews/{id}", hzReview), gyAdmin(), null).andExpect(status().isNotFound());
        assertThat(api.read(api.perform(get("/api/supervision/v1/reviews").param("batchId", batchId),
                hzOfficer(), null)).get("content").valueStream().map(n -> n.get("agencyCode").asString()).toList())
                .isNotEmpty().containsOnly(HZ_MARKET);
        assertThat(api.read(api.perform(get("/api/supervision/v1/reviews").param("batchId", batchId)
                .param("rectificationOverdueAsOf", "2024-04-01"), citySupervisor(), null))
                .get("content").findValuesAsString("id")).contains(hzReview);

        api.perform(post("/api/supervision/v1/reviews/{id}/rectification", hzReview), hzOfficer(),
                Map.of("report", "x")).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/reviews/{id}/rectification", hzReview), hzLeader(),
                        Map.of("report", "已补正送达回证", "at", "2024-04-02T09:00:00+08:00"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rectification.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.rectification.late").value(true));
        api.perform(post("/api/supervision/v1/reviews/{id}/rectification/verify", hzReview), gySupervisor(),
                Map.of("ok", true)).andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/reviews/{id}/rectification/verify", hzReview), hzSupervisor(),
                        Map.of("ok", true, "at", "2024-04-03T09:00:00+08:00"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rectification.status").value("VERIFIED"));

        guidanceFrom(hzReview, CaseFileReview.idOf(batchId, others.get(0)));
    }

    /** Guidance and typical cases from the published files: eligibility, approval by the city, publication. */
    void guidanceFrom(String excellentReview, String unqualifiedReview) throws Exception {
        api.perform(post("/api/supervision/v1/guidance-cases"), hzOfficer(), Map.of()).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/guidance-cases"), citySupervisor(), Map.of("kind", "GUIDANCE",
                        "reviewId", unqualifiedReview, "title", "t", "summary", "s"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("GUIDANCE_CASE_NOT_ELIGIBLE"));
        api.perform(post("/api/supervision/v1/guidance-cases"), citySupervisor(), Map.of("kind", "TYPICAL",
                        "lesson", "NEGATIVE", "reviewId", unqualifiedReview, "title", "执法人员不足两人的反面典型",
                        "summary", "调查询问仅一名执法人员签名")).andExpect(status().isCreated());
        var selected = api.perform(post("/api/supervision/v1/guidance-cases"), hzSupervisor(), Map.of(
                "kind", "GUIDANCE", "reviewId", excellentReview, "title", "规范送达的处罚案卷",
                "summary", "立案、告知、送达完整规范", "keyPoints", List.of("送达回证"))).andExpect(status().isCreated());
        String id = api.read(selected).get("id").asString();
        api.perform(post("/api/supervision/v1/guidance-cases"), hzSupervisor(), Map.of("kind", "GUIDANCE",
                        "reviewId", excellentReview, "title", "t", "summary", "s"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("GUIDANCE_CASE_DUPLICATE"));
        api.perform(get("/api/supervision/v1/guidance-cases/{id}", id), dhOfficer(), null)
                .andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/guidance-cases/{id}/decision", id), hzSupervisor(),
                Map.of("approved", true)).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/guidance-cases/{id}/publish", id), citySupervisor(), Map.of())
                .andExpect(status().isConflict());
        api.perform(post("/api/supervision/v1/guidance-cases/{id}/decision", id), citySupervisor(),
                Map.of("approved", true)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        api.perform(post("/api/supervision/v1/guidance-cases/{id}/publish", id), citySupervisor(),
                        Map.of("publicationNo", "连司指〔2024〕1号")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        api.perform(get("/api/supervision/v1/guidance-cases/{id}", id), dhOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("EXCELLENT"));
        assertThat(api.read(api.perform(get("/api/supervision/v1/guidance-cases").param("kind", "GUIDANCE"),
                dhOfficer(), null)).get("content").findValuesAsString("id")).contains(id);
        api.perform(get("/api/supervision/v1/guidance-cases"), null, null).andExpect(status().isUnauthorized());
    }

    @Test
    void batchesAreForSupervisorsOfTheRegionAndValidatedAfterTheRoleCheck() throws Exception {
        api.perform(post("/api/supervision/v1/review-batches"), null, Map.of()).andExpect(status().isUnauthorized());
        api.perform(post("/api/supervision/v1/review-batches"), hzOfficer(), Map.of("name", 1))
                .andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/review-batches"), hzOfficer(), null).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/review-batches"), citySupervisor(), Map.of("name", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        Map<String, Object> hzBatch = new java.util.HashMap<>(batch("2024-05-01", "2024-05-31", 1, 1L));
        hzBatch.put("regionCode", "320706");
        api.perform(post("/api/supervision/v1/review-batches"), gySupervisor(), hzBatch)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("REGION_OUT_OF_SCOPE"));
        Map<String, Object> badTemplate = new java.util.HashMap<>(hzBatch);
        badTemplate.put("templateVersion", 99);
        api.perform(post("/api/supervision/v1/review-batches"), hzSupervisor(), badTemplate)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("REVIEW_TEMPLATE_NOT_APPROVED"));
        Map<String, Object> badRatio = new java.util.HashMap<>(hzBatch);
        badRatio.put("sampling", Map.of("mode", "AUTO_TOTAL", "ratio", 1.5));
        api.perform(post("/api/supervision/v1/review-batches"), hzSupervisor(), badRatio)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("SAMPLING_INVALID"));
        String id = api.read(api.perform(post("/api/supervision/v1/review-batches"), hzSupervisor(), hzBatch)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.regionCode").value("320706"))).get("id").asString();
        api.perform(get("/api/supervision/v1/review-batches/{id}", id), citySupervisor(), null)
                .andExpect(status().isOk());
        api.perform(get("/api/supervision/v1/review-batches/{id}", id), gySupervisor(), null)
                .andExpect(status().isNotFound());
        assertThat(api.read(api.perform(get("/api/supervision/v1/review-batches"), gySupervisor(), null))
                .get("content").findValuesAsString("id")).doesNotContain(id);
        api.perform(post("/api/supervision/v1/review-batches/{id}/draw", id), hzSupervisor(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("SAMPLE_EMPTY"));
        api.perform(get("/api/supervision/v1/reviews"), null, null).andExpect(status().isUnauthorized());
        api.perform(get("/api/supervision/v1/reviews"), SupervisionApi.hotline(), null)
                .andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/reviews/{id}/score", "nope"), SupervisionApi.hotline(), Map.of())
                .andExpect(status().isForbidden());
    }

    @Test
    void templatesAreDataApprovedVersionsAreImmutableAndNewVersionsRetireOldOnes() throws Exception {
        Map<String, Object> content = Map.of("name", "行政许可案卷评查表", "applicableCaseTypes", List.of("LICENSING"),
                "fullScore", "100", "items", List.of(
                        Map.of("code", "V01", "itemType", "VETO", "description", "许可主体不合法"),
                        Map.of("code", "D01", "itemType", "DEDUCTION", "description", "材料不齐全",
                                "deductionRule", "PER_OCCURRENCE", "points", "2", "maxDeduction", "10")),
                "gradeBands", List.of(Map.of("grade", "EXCELLENT", "minScore", "90"),
                        Map.of("grade", "QUALIFIED", "minScore", "60"), Map.of("grade", "UNQUALIFIED", "minScore", "0")));
        api.perform(post("/api/supervision/v1/review-templates"), hzSupervisor(), Map.of())
                .andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/review-templates"), null, null).andExpect(status().isUnauthorized());
        api.perform(get("/api/supervision/v1/review-templates"), SupervisionApi.hotline(), null)
                .andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/review-templates/DEFAULT/versions/1"), hzOfficer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.items.length()").value(19));
        api.perform(post("/api/supervision/v1/review-templates"), citySupervisor(), Map.of("templateId", "LIC-T",
                        "content", Map.of("name", "x", "applicableCaseTypes", List.of("LICENSING"), "fullScore", "100",
                                "items", List.of(Map.of("code", "V01", "itemType", "VETO", "description", "d")),
                                "gradeBands", List.of(Map.of("grade", "EXCELLENT", "minScore", "90")))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("REVIEW_TEMPLATE_INVALID"));
        var v1 = api.perform(post("/api/supervision/v1/review-templates"), citySupervisor(),
                        Map.of("templateId", "LIC-T", "content", content)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.status").value("DRAFT"));
        var revised = api.perform(put("/api/supervision/v1/review-templates/LIC-T/versions/1").header("If-Match",
                etag(v1)), citySupervisor(), content).andExpect(status().isOk());
        api.perform(put("/api/supervision/v1/review-templates/LIC-T/versions/1").header("If-Match", etag(v1)),
                citySupervisor(), content).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        api.perform(post("/api/supervision/v1/review-templates/LIC-T/versions/1/approve")
                .header("If-Match", etag(revised)), citySupervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        api.perform(put("/api/supervision/v1/review-templates/LIC-T/versions/1"), citySupervisor(), content)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("IMMUTABLE_RECORD"));
        api.perform(post("/api/supervision/v1/review-templates"), citySupervisor(),
                Map.of("templateId", "LIC-T", "content", content)).andExpect(jsonPath("$.version").value(2));
        api.perform(post("/api/supervision/v1/review-templates/LIC-T/versions/2/approve"), citySupervisor(), null)
                .andExpect(status().isOk());
        api.perform(get("/api/supervision/v1/review-templates/LIC-T/versions/1"), dhOfficer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETIRED"));
        Map<String, Object> licensing = Map.of("name", "许可评查", "year", 2024, "caseTypes", List.of("LICENSING"),
                "closedFrom", "2024-01-01", "closedTo", "2024-12-31", "templateId", "LIC-T", "templateVersion", 1,
                "sampling", Map.of("mode", "AUTO_TOTAL", "count", 1));
        api.perform(post("/api/supervision/v1/review-batches"), hzSupervisor(), licensing)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("REVIEW_TEMPLATE_NOT_APPROVED"));
        Map<String, Object> latest = new java.util.HashMap<>(licensing);
        latest.remove("templateVersion");
        api.perform(post("/api/supervision/v1/review-batches"), hzSupervisor(), latest)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.templateVersion").value(2))
                .andExpect(jsonPath("$.sampling.seed").isNumber());
        assertThat(api.read(api.perform(get("/api/supervision/v1/review-templates").param("templateId", "LIC-T"),
                hzOfficer(), null)).get("totalElements").asInt()).isEqualTo(2);
    }
}
