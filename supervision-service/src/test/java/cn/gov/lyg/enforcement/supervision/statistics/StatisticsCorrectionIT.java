package cn.gov.lyg.enforcement.supervision.statistics;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.HZ_URBAN;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.govSystems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseFile;
import cn.gov.lyg.enforcement.supervision.caseregister.Milestone;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annual statistics with corrections, through the API and Kafka: decisions, a licensing filing and a reconsideration
 * are reported to the case register, then corrected (heavier kinds and another amount, a decision and a filing moved
 * into the next year, a reconsideration outcome changed to REVOKED), a correction redelivered and a first report
 * replayed; the incremental tallies equal a full recount of the register's current reports (HZ_URBAN, 2023–2024, years
 * no other test uses for it), and so does the agency's report.
 */
@ServiceTest
class StatisticsCorrectionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    StatisticsService statistics;
    @Autowired
    ProcessedEvents processed;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    static String urbanAdmin() {
        return TestTokens.user("hz-urban-admin").roles(Role.AGENCY_ADMIN).agency(HZ_URBAN).region("320706").bearer();
    }

    void report(String caseNo, String type, String milestone, String on, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("agencyCode", HZ_URBAN, "caseNo", caseNo, "caseType", type,
                "milestone", milestone, "occurredOn", on));
        body.putAll(extra);
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), body).andExpect(status().isCreated());
    }

    void correct(String caseNo, String milestone, String on, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("occurredOn", on, "reason", "案件系统更正"));
        body.putAll(extra);
        api.perform(post("/api/supervision/v1/cases/{id}/milestones/{type}/corrections", HZ_URBAN + ":" + caseNo,
                milestone), govSystems(), body).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CORRECTED"));
    }

    static Map<String, Object> decision(String caseNo, List<String> kinds, String fine, String confiscation) {
        Map<String, Object> m = new HashMap<>(Map.of("decisionNo", "连海城管罚决〔" + caseNo + "〕",
                "penaltyKinds", kinds));
        if (fine != null) {
            m.put("fineAmount", fine);
        }
        if (confiscation != null) {
            m.put("confiscationAmount", confiscation);
        }
        return m;
    }

    /** The full recount: every current report of every case of the agency, with the national counting rules. */
    Map<Integer, StatisticsRules.Contribution> recount() {
        Map<Integer, Map<StatisticsCell, Long>> counts = new HashMap<>();
        Map<Integer, BigDecimal> amounts = new HashMap<>();
        for (CaseFile c : mongo.find(new Query(Criteria.where("agencyCode").is(HZ_URBAN)), CaseFile.class)) {
            for (Milestone m : c.getMilestones().values()) {
                if (m.occurredOn().getYear() < 2023 || m.occurredOn().getYear() > 2024) {
                    continue;
                }
                StatisticsRules.Contribution contribution = StatisticsRules.contribution(c.getCaseType(), m.type(),
                        m.occurredOn(), m.penaltyKinds(), m.fineAmount(), m.confiscationAmount(), m.outcome());
                contribution.counts().forEach((cell, n) -> counts.computeIfAbsent(contribution.year(),
                        y -> new EnumMap<>(StatisticsCell.class)).merge(cell, n, Long::sum));
                amounts.merge(contribution.year(), contribution.amountYuan(), BigDecimal::add);
            }
        }
        Map<Integer, StatisticsRules.Contribution> byYear = new HashMap<>();
        for (int year : List.of(2023, 2024)) {
            byYear.put(year, new StatisticsRules.Contribution(year, counts.getOrDefault(year, Map.of()),
                    amounts.getOrDefault(year, BigDecimal.ZERO)));
        }
        return byYear;
    }

    void assertTalliesEqualTheRecount() {
        Map<Integer, StatisticsRules.Contribution> expected = recount();
        for (int year : List.of(2023, 2024)) {
            StatisticsTally tally = statistics.tally(HZ_URBAN, year);
            for (StatisticsCell cell : StatisticsCell.values()) {
                if (cell == StatisticsCell.INSPECTIONS || cell.table().equals("CERTIFICATES")) {
                    continue;   // not from the case register
                }
                assertThat(tally.count(cell)).as(year + " " + cell)
                        .isEqualTo(expected.get(year).counts().getOrDefault(cell, 0L));
            }
            assertThat(tally.getAmountYuan()).as(year + " amount").isEqualByComparingTo(expected.get(year).amountYuan());
        }
    }

    @Test
    void afterReportsAndCorrectionsTheStatisticsEqualAFullRecountOfTheRegister() throws Exception {
        String p = UUID.randomUUID().toString().substring(0, 8);
        String a = "A-" + p;
        String b = "B-" + p;
        String c = "C-" + p;
        report(a, "PENALTY", "DECIDED", "2023-12-29", decision(a, List.of("FINE"), "5000.00", null));
        report(b, "PENALTY", "DECIDED", "2023-03-02", decision(b, List.of("WARNING"), null, null));
        report(b, "PENALTY", "RECONSIDERATION_CONCLUDED", "2023-06-01", Map.of("outcome", "UPHELD"));
        report(c, "LICENSING", "FILED", "2023-05-05", Map.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(this::assertTalliesEqualTheRecount);
        long total2023 = statistics.tally(HZ_URBAN, 2023).count(StatisticsCell.PENALTY_TOTAL);

        // A: into the next year, heavier (吊销), with a confiscation; B: a fine added, its reconsideration REVOKED;
        // C: the filing was in 2024
        correct(a, "DECIDED", "2024-01-04", decision(a, List.of("FINE", "REVOKE_LICENCE"), "5000.00", "800.10"));
        correct(b, "DECIDED", "2023-03-02", decision(b, List.of("WARNING", "FINE"), "300.00", null));
        correct(b, "RECONSIDERATION_CONCLUDED", "2023-06-01", Map.of("outcome", "REVOKED"));
        correct(c, "FILED", "2024-02-01", Map.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(this::assertTalliesEqualTheRecount);
        StatisticsTally y2023 = statistics.tally(HZ_URBAN, 2023);
        StatisticsTally y2024 = statistics.tally(HZ_URBAN, 2024);
        assertThat(y2023.count(StatisticsCell.PENALTY_TOTAL)).isEqualTo(total2023 - 1);   // A left 2023
        assertThat(y2024.count(StatisticsCell.PENALTY_REVOKE_LICENCE)).isPositive();
        assertThat(y2024.count(StatisticsCell.LICENSING_ACCEPTED)).isPositive();

        // A's first report replayed (another event id, the older case version): ignored
        String replay = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, json, new CaseMilestoneRecorded(replay,
                OffsetDateTime.of(2024, 1, 4, 9, 0, 0, 0, ZoneOffset.ofHours(8)), HZ_URBAN + ":" + a, 0, "320706",
                HZ_URBAN, a, "PENALTY", CaseMilestone.DECIDED.name(), LocalDate.of(2023, 12, 29),
                "连海城管罚决〔" + a + "〕", List.of("FINE"), "5000.00", null, null, null, null), 2);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> processed.isProcessed(StatisticsEventConsumer.CONSUMER, replay));
        assertTalliesEqualTheRecount();

        // the agency's report reads the same figures, 罚没金额 in 万元
        JsonNode report = api.read(api.perform(post("/api/supervision/v1/statistics"), urbanAdmin(),
                Map.of("year", 2024)).andExpect(status().isCreated()));
        assertThat(report.get("unit").asString()).isEqualTo("WAN_YUAN");
        assertThat(new BigDecimal(report.get("finesAndConfiscationsYuan").asString()))
                .isEqualByComparingTo(recount().get(2024).amountYuan());
        assertThat(new BigDecimal(report.get("finesAndConfiscationsWan").asString()))
                .isEqualByComparingTo(StatisticsRules.toWan(recount().get(2024).amountYuan()));
    }
}
