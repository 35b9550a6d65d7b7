package cn.gov.lyg.enforcement.supervision.threesystems;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.supervision.caseregister.CaseCompliance;
import cn.gov.lyg.enforcement.supervision.caseregister.ComplianceStatus;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counters move by the difference of a case's contribution. */
class ThreeSystemsCountersTest {

    static CaseCompliance pending(String decidedOn, String dueOn) {
        return new CaseCompliance("A", "320706", LocalDate.parse(decidedOn), ComplianceStatus.PENDING,
                LocalDate.parse(dueOn), ComplianceStatus.NONE, null, ComplianceStatus.NOT_REQUIRED,
                ComplianceStatus.MISSING);
    }

    @Test
    void aNewDecisionAddsOneToItsDayAndItsPendingDueDay() {
        Map<String, Map<String, Long>> delta = ThreeSystemsCounters.delta(null, pending("2025-09-26", "2025-10-13"));
        assertThat(delta).containsOnlyKeys("A:2025-09-26");
        assertThat(delta.get("A:2025-09-26")).containsEntry("decided", 1L).containsEntry("dDue", 1L)
                .containsEntry("dPending", 1L).containsEntry("dPendingDue.2025-10-13", 1L)
                .containsEntry("lrRequired", 1L).doesNotContainKeys("lrMet", "avRequired", "wDue");
    }

    @Test
    void aPublicationMovesPendingToInTimeWithoutCountingTheDecisionAgain() {
        CaseCompliance published = new CaseCompliance("A", "320706", LocalDate.of(2025, 9, 26),
                ComplianceStatus.IN_TIME, LocalDate.of(2025, 10, 13), ComplianceStatus.NONE, null,
                ComplianceStatus.NOT_REQUIRED, ComplianceStatus.MISSING);
        Map<String, Long> d = ThreeSystemsCounters.delta(pending("2025-09-26", "2025-10-13"), published)
                .get("A:2025-09-26");
        assertThat(d).containsOnly(Map.entry("dInTime", 1L), Map.entry("dPending", -1L),
                Map.entry("dPendingDue.2025-10-13", -1L));
    }

    @Test
    void aCorrectedDecisionDayMovesTheCaseBetweenDays() {
        Map<String, Map<String, Long>> delta = ThreeSystemsCounters.delta(pending("2025-09-26", "2025-10-13"),
                pending("2025-09-29", "2025-10-14"));
        assertThat(delta.get("A:2025-09-26")).containsEntry("decided", -1L).containsEntry("dPendingDue.2025-10-13", -1L);
        assertThat(delta.get("A:2025-09-29")).containsEntry("decided", 1L).containsEntry("dPendingDue.2025-10-14", 1L);
        assertThat(ThreeSystemsCounters.delta(pending("2025-09-26", "2025-10-13"), pending("2025-09-26", "2025-10-13")))
                .as("no change, no write").isEmpty();
    }
}
