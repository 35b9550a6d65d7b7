package cn.gov.lyg.enforcement.benchmark.check;

import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzReviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.benchmark.BenchmarkApi;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders;
import cn.gov.lyg.enforcement.platform.kafka.UntrustedEventSourceException;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personnel's officer profiles → the reviewer projection → the legal-review check of the pre-decision gate
 * (行政处罚法 Art. 58 §2): unknown until a profile arrived, then REVIEWER_NOT_QUALIFIED or passed, newer versions only.
 */
@ServiceTest
class ReviewerProfileIT {

    static final String CHECK = "/api/benchmarks/v1/decision-checks";
    private static final String A12 = "11320706300200020C";
    private static String entryId;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OfficerProfileConsumer consumer;
    BenchmarkApi api;

    @BeforeEach
    void setUp() throws Exception {
        api = new BenchmarkApi(mvc, json, mongo);
        if (entryId == null) {
            String item = api.catalogItem("PENALTY", "ACTIVE", BenchmarkApi.HZ_MARKET);
            String id = api.draft(hzAdmin(), "COUNTY", null);
            entryId = api.addEntry(id, hzOfficer(), BenchmarkApi.entryBody("MKT-125-1-2-L", item));
            api.publish(id, hzOfficer(), hzReviewer(), hzAdmin());
        }
    }

    private void profile(String source, String officerId, long version, boolean qualified, boolean reviewer,
                         LocalDate since) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        var event = new OfficerProfileChanged(UUID.randomUUID().toString(), now, officerId, version, "320706", A12,
                "周婷", "ON_DUTY", qualified, reviewer, since, "hz-agency-admin");
        var produced = CloudEventHeaders.toRecord(OutboxMessage.ofEvent(event, source, null, json));
        consumer.on(new ConsumerRecord<>(produced.topic(), 0, 0, produced.timestamp(), TimestampType.CREATE_TIME, -1,
                -1, produced.key(), produced.value(), produced.headers(), Optional.empty()));
    }

    private JsonNode legalReview(String reviewerId) throws Exception {
        String body = """
            {"caseId":"HZ-2025-LR","facts":{"entryId":"%s","circumstanceLevel":"GENERAL","factors":[],
              "baseAmount":"20000","violationDate":"2025-03-03","discoveryDate":"2025-03-03",
              "decisionDate":"2025-06-16","partyId":"91320706MA1QWE3L65"},
             "decision":{"penaltyKinds":["FINE"],"fineAmount":"150000","partyType":"LEGAL_PERSON",
                         "priorNoticeDate":"2025-05-06","hearingRightNotified":true,
                         "legalReviewerId":"%s","legalReviewDate":"2025-06-13"}}
            """.formatted(entryId, reviewerId);
        JsonNode answer = api.read(api.postJson(CHECK, body, hzOfficer(), null));
        for (JsonNode r : answer.get("results")) {
            if ("LEGAL_REVIEW".equals(r.get("rule").asString())) {
                return r;
            }
        }
        throw new AssertionError("no LEGAL_REVIEW result in " + answer);
    }

    @Test
    void theLegalReviewCheckFollowsPersonnelsOfficerProfiles() throws Exception {
        String reviewer = UUID.randomUUID().toString();
        assertThat(legalReview(reviewer).get("code").asString()).isEqualTo("LEGAL_REVIEWER_UNKNOWN");
        assertThat(legalReview(reviewer).get("outcome").asString()).isEqualTo("UNKNOWN");

        // registered without 法律职业资格 and not a designated reviewer: a first-time reviewer may not review
        profile("/enforcement/personnel", reviewer, 0, false, false, null);
        JsonNode first = legalReview(reviewer);
        assertThat(first.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(first.get("code").asString()).isEqualTo("REVIEWER_NOT_QUALIFIED");

        // the profile is updated in personnel: qualified and designated (O08 of DOMAIN.md §3)
        profile("/enforcement/personnel", reviewer, 1, true, true, LocalDate.of(2024, 2, 1));
        assertThat(legalReview(reviewer).get("outcome").asString()).isEqualTo("PASSED");

        // a late, older profile changes nothing
        profile("/enforcement/personnel", reviewer, 0, false, false, null);
        assertThat(legalReview(reviewer).get("outcome").asString()).isEqualTo("PASSED");

        // a reviewer designated before the revised law took effect is not a first-time reviewer
        String veteran = UUID.randomUUID().toString();
        profile("/enforcement/personnel", veteran, 3, false, true, LocalDate.of(2019, 5, 1));
        assertThat(legalReview(veteran).get("outcome").asString()).isEqualTo("PASSED");
    }

    @Test
    void onlyPersonnelMayProduceProfiles() {
        String officer = UUID.randomUUID().toString();
        assertThatThrownBy(() -> profile("/enforcement/inspection", officer, 0, true, true, null))
                .isInstanceOf(UntrustedEventSourceException.class);
        assertThat(mongo.findById(officer, ReviewerProfileDocument.class)).isNull();
    }
}
