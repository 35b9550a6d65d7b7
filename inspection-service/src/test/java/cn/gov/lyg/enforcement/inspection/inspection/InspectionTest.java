package cn.gov.lyg.enforcement.inspection.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.inspection.InspectionResultPublicized;
import cn.gov.lyg.enforcement.events.inspection.InspectionTeamInvalidated;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.inspection.team.MemberProblem;
import cn.gov.lyg.enforcement.inspection.team.TeamMember;
import cn.gov.lyg.enforcement.inspection.team.TeamRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inspection life cycle: TEAM_INVALID blocks the start, transitions, late publicity, events raised. */
class InspectionTest {

    private static final Instant NOW = Instant.parse("2025-05-06T02:00:00Z");

    private static Inspection planned() {
        Inspection i = Inspection.plan("JC-320706-2025-000001", "11320706300200020C", "320706",
                InspectionKind.CASE_TRIGGERED, "12345-1", null, "91320706MA1XK7C38L", "320706",
                List.of("3207-MKT-INS-0001"), Set.of("MARKET"), LocalDate.of(2025, 5, 6));
        i.assign(List.of(TeamMember.officer("O01", TeamRole.LEAD), TeamMember.officer("O02", TeamRole.INSPECTOR)),
                "hz-agency-admin", NOW);
        return i;
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable c, String code) {
        assertThatThrownBy(c).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(code));
    }

    @Test
    void anInvalidTeamCannotStartUntilFixed() {
        Inspection i = planned();
        assertThat(i.recheck(List.of(new MemberProblem("O02", "CERTIFICATE_NOT_ASSIGNABLE",
                List.of("CERTIFICATE_REVOKED"))), false, NOW)).isTrue();
        assertThat(i.pendingEvents()).anyMatch(e -> e instanceof InspectionTeamInvalidated t
                && t.problems().get(0).reasons().equals(List.of("CERTIFICATE_REVOKED")));
        // the same verdict again changes nothing and raises nothing more
        int events = i.pendingEvents().size();
        assertThat(i.recheck(List.of(new MemberProblem("O02", "CERTIFICATE_NOT_ASSIGNABLE",
                List.of("CERTIFICATE_REVOKED"))), false, NOW)).isFalse();
        assertThat(i.pendingEvents()).hasSize(events);
        refused(() -> i.start(NOW), "TEAM_INVALID");
        i.assign(List.of(TeamMember.officer("O01", TeamRole.LEAD), TeamMember.officer("O08", TeamRole.INSPECTOR)),
                "hz-agency-admin", NOW);
        i.start(NOW);
        assertThat(i.getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
    }

    @Test
    void caseTriggeredInspectionsNeedTheirTrigger() {
        refused(() -> Inspection.plan("JC-2", "11320706300200020C", "320706", InspectionKind.CASE_TRIGGERED, " ",
                null, "91320706MA1XK7C38L", "320706", List.of("i"), Set.of(), LocalDate.of(2025, 5, 6)),
                "TRIGGER_REF_REQUIRED");
        refused(() -> Inspection.plan("JC-2", "11320706300200020C", "320706", InspectionKind.DUAL_RANDOM, null,
                null, "91320706MA1XK7C38L", "320706", List.of("i"), Set.of(), LocalDate.of(2025, 5, 6)),
                "SPOT_CHECK_TASK_REQUIRED");
    }

    @Test
    void confirmedResultsArePublicizedLateAfterTheDueDay() {
        Inspection i = planned();
        refused(() -> i.confirm(NOW, LocalDate.of(2025, 6, 4)), "INVALID_TRANSITION");
        i.start(NOW);
        i.submit(new OnSiteRecord("pad", "r1", NOW, NOW, null, "无定位", true, null, List.of(), List.of("1"),
                List.of(), null, "hz-officer"));
        i.confirm(NOW, LocalDate.of(2025, 6, 4));
        refused(() -> i.start(NOW), "INVALID_TRANSITION");
        i.publicize(Instant.parse("2025-06-05T02:00:00Z"), LocalDate.of(2025, 6, 5));
        assertThat(i.isPublicizedLate()).isTrue();
        assertThat(i.pendingEvents()).anyMatch(e -> e instanceof InspectionResultPublicized p && p.late()
                && p.resultCodes().equals(List.of("1")));
    }
}
