package cn.gov.lyg.enforcement.supervision.caseregister;

import static cn.gov.lyg.enforcement.supervision.caseregister.CaseFileTest.DAYS;
import static cn.gov.lyg.enforcement.supervision.caseregister.CaseFileTest.NOW;
import static cn.gov.lyg.enforcement.supervision.caseregister.CaseFileTest.POLICY;
import static cn.gov.lyg.enforcement.supervision.caseregister.CaseFileTest.TODAY;
import static cn.gov.lyg.enforcement.supervision.caseregister.CaseFileTest.decided;
import static cn.gov.lyg.enforcement.supervision.caseregister.CaseFileTest.m;
import static cn.gov.lyg.enforcement.supervision.caseregister.CaseFileTest.penalty;
import static cn.gov.lyg.enforcement.supervision.caseregister.CaseFileTest.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneCorrected;
import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Corrections of reported milestones and the link of benchmark applications to the reported decision. */
class CaseCorrectionTest {

    static BenchmarkApplicationRecord application(String id, String decisionDate, String fine, List<String> kinds) {
        return new BenchmarkApplicationRecord(id, CaseFileTest.HZ_MARKET, "320706", "连海市监罚〔2025〕1号", "E-1",
                "BV-1", "V-1", LocalDate.parse(decisionDate), kinds, fine, true, false,
                CaseFile.idOf(CaseFileTest.HZ_MARKET, "连海市监罚〔2025〕1号"), NOW);
    }

    @Test
    void aCorrectionSupersedesTheReportKeepsItWithTheReasonAndMovesTheFacts() {
        CaseFile c = penalty();
        record(c, decided("2025-04-28", List.of(PenaltyKind.FINE), "5000"));
        assertThat(c.getFacts().disclosureDueOn()).isEqualTo(LocalDate.of(2025, 5, 12));
        c.pendingEvents().clear();
        CaseCompliance before = c.compliance();

        assertThat(c.correct(decided("2025-04-29", List.of(PenaltyKind.FINE), "6000"), "决定日期录入错误", "sys",
                POLICY, DAYS, TODAY, NOW)).isEqualTo(CaseFile.Outcome.CORRECTED);
        assertThat(c.getDecidedOn()).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(c.getFacts().disclosureDueOn()).isEqualTo(LocalDate.of(2025, 5, 13));
        assertThat(c.getCorrections()).singleElement().satisfies(x -> {
            assertThat(x.superseded().occurredOn()).isEqualTo(LocalDate.of(2025, 4, 28));
            assertThat(x.reason()).isEqualTo("决定日期录入错误");
        });
        assertThat(before.decidedOn()).isNotEqualTo(c.compliance().decidedOn());
        CaseMilestoneCorrected e = (CaseMilestoneCorrected) c.pendingEvents().get(0);
        assertThat(e.fineAmount()).isEqualTo("6000.00");
        assertThat(e.supersededOccurredOn()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(EventSchemas.validate(CaseMilestoneCorrected.class, JsonMapper.builder().build().valueToTree(e)))
                .isEmpty();

        assertThat(c.correct(decided("2025-04-29", List.of(PenaltyKind.FINE), "6000.00"), "again", "sys", POLICY,
                DAYS, TODAY, NOW)).as("the same correction again").isEqualTo(CaseFile.Outcome.REPEATED);
        assertThat(c.getCorrections()).hasSize(1);
    }

    @Test
    void aCorrectionNeedsAReportedMilestoneAReasonAndTheDateOrder() {
        CaseFile c = penalty();
        record(c, m(CaseMilestone.FILED, "2025-04-01"));
        record(c, decided("2025-04-28", List.of(PenaltyKind.WARNING), null));
        assertThatThrownBy(() -> c.correct(m(CaseMilestone.SERVED, "2025-04-30"), "x", "s", POLICY, DAYS, TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("MILESTONE_NOT_REPORTED"));
        assertThatThrownBy(() -> c.correct(m(CaseMilestone.FILED, "2025-04-02"), " ", "s", POLICY, DAYS, TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("CORRECTION_REASON_REQUIRED"));
        assertThatThrownBy(() -> c.correct(m(CaseMilestone.FILED, "2025-05-02"), "x", "s", POLICY, DAYS, TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("MILESTONE_DATE_ORDER"));
        assertThat(c.correct(m(CaseMilestone.FILED, "2025-04-03"), "立案日期更正", "s", POLICY, DAYS, TODAY, NOW))
                .isEqualTo(CaseFile.Outcome.CORRECTED);
    }

    @Test
    void aBenchmarkApplicationLinksToTheDecisionOnceAndNamesTheDifferences() {
        CaseFile c = penalty();
        assertThat(c.linkBenchmark(application("A-1", "2025-04-28", "5000.00", List.of("FINE")), NOW))
                .as("no decision reported yet").isFalse();
        record(c, decided("2025-04-28", List.of(PenaltyKind.FINE), "5000"));
        assertThat(c.linkBenchmark(application("A-1", "2025-04-28", "5000.00", List.of("FINE")), NOW)).isTrue();
        assertThat(c.linkBenchmark(application("A-1", "2025-04-28", "5000.00", List.of("FINE")), NOW)).isFalse();
        assertThat(c.linkBenchmark(application("A-2", "2025-04-27", "4000.00", List.of("FINE", "WARNING")), NOW))
                .isTrue();
        assertThat(c.getBenchmarkApplications()).hasSize(2);
        assertThat(c.getBenchmarkApplications().get(0).differences()).isEmpty();
        assertThat(c.getBenchmarkApplications().get(1).differences())
                .containsExactly("DECISION_DATE", "FINE_AMOUNT", "PENALTY_KINDS");
        assertThat(c.getMilestones()).hasSize(1);
        c.correct(decided("2025-04-27", List.of(PenaltyKind.FINE, PenaltyKind.WARNING), "4000"), "按基准适用记录更正",
                "s", POLICY, DAYS, TODAY, NOW);
        assertThat(c.getBenchmarkApplications().get(1).differences()).isEmpty();
        assertThat(c.getBenchmarkApplications().get(0).differences()).contains("DECISION_DATE", "FINE_AMOUNT");
    }
}
