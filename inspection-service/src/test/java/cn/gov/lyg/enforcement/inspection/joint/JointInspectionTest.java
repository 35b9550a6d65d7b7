package cn.gov.lyg.enforcement.inspection.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.inspection.JointInspectionCreated;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JointInspectionTest {

    private static final Instant NOW = Instant.parse("2025-04-20T02:00:00Z");

    private static JointInspection proposed() {
        return JointInspection.propose("MERGE_PROPOSAL", "91320723MA1Y3P6H19", "320723", LocalDate.of(2025, 5, 1),
                "HAZCHEM-CHAIN", JointRulesTest.A04, List.of(
                        new Participant(JointRulesTest.A02, Set.of("MARKET"), List.of("i-1"), false, null, null, null),
                        new Participant(JointRulesTest.A04, Set.of("EMERGENCY"), List.of("i-2"), false, null, null,
                                null)), LocalDate.of(2025, 5, 10), NOW);
    }

    @Test
    void aProposalRaisesJointInspectionCreatedWithEveryParticipant() {
        JointInspection j = proposed();
        assertThat(j.getStatus()).isEqualTo(JointStatus.PROPOSED);
        assertThat(j.pendingEvents()).singleElement().isInstanceOfSatisfying(JointInspectionCreated.class, e -> {
            assertThat(e.leadAgencyCode()).isEqualTo(JointRulesTest.A04);
            assertThat(e.participantAgencyCodes()).containsExactly(JointRulesTest.A02, JointRulesTest.A04);
            assertThat(e.inspectionIds()).containsExactly("i-1", "i-2");
            assertThat(e.plannedDate()).isEqualTo(LocalDate.of(2025, 5, 10));
        });
        assertThatThrownBy(() -> JointInspection.propose("MANUAL", "91320723MA1Y3P6H19", "320723",
                LocalDate.of(2025, 5, 1), null, JointRulesTest.A02, List.of(new Participant(JointRulesTest.A02,
                        Set.of(), List.of(), false, null, null, null)), LocalDate.of(2025, 5, 10), NOW))
                .isInstanceOf(RuleViolation.class).hasMessage("JOINT_NEEDS_TWO_AGENCIES");
    }

    @Test
    void everyParticipantAgreesThenTheLeadSchedulesInsideTheMonth() {
        JointInspection j = proposed();
        j.agree(JointRulesTest.A02, "a", NOW);
        assertThat(j.getStatus()).isEqualTo(JointStatus.PROPOSED);
        assertThatThrownBy(() -> j.schedule(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 31)))
                .hasMessage("INVALID_TRANSITION");
        j.agree(JointRulesTest.A04, "b", NOW);
        assertThat(j.getStatus()).isEqualTo(JointStatus.AGREED);
        assertThatThrownBy(() -> j.schedule(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 31)))
                .hasMessage("JOINT_DATE_OUTSIDE_WINDOW");
        j.schedule(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 31));
        assertThat(j.getStatus()).isEqualTo(JointStatus.SCHEDULED);
        assertThat(j.getPlannedDate()).isEqualTo(LocalDate.of(2025, 5, 12));
    }

    @Test
    void aNewcomerMustAgreeAgainAndANonParticipantCannotAgree() {
        JointInspection j = proposed();
        j.agree(JointRulesTest.A02, "a", NOW);
        j.agree(JointRulesTest.A04, "b", NOW);
        assertThat(j.include(new Participant(JointRulesTest.A22, Set.of("URBAN_MGMT"), List.of(), false, null, null,
                null), "i-3", JointRulesTest.A04)).isTrue();
        assertThat(j.getStatus()).isEqualTo(JointStatus.PROPOSED);
        assertThat(j.getParticipantCodes()).containsExactly(JointRulesTest.A02, JointRulesTest.A04, JointRulesTest.A22);
        assertThat(j.include(new Participant(JointRulesTest.A22, Set.of(), List.of(), false, null, null, null), "i-3",
                JointRulesTest.A04)).isFalse();
        assertThatThrownBy(() -> j.agree(JointRulesTest.A03, "x", NOW)).hasMessage("NOT_JOINT_PARTICIPANT");
        assertThatThrownBy(() -> j.decline(JointRulesTest.A22, " ", "x")).hasMessage("DECLINE_REASON_REQUIRED");
        j.decline(JointRulesTest.A22, "已于上周检查", "x");
        assertThat(j.getStatus()).isEqualTo(JointStatus.DECLINED);
    }
}
