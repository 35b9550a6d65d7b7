package cn.gov.lyg.enforcement.inspection.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.inspection.shared.WorkingDays;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuidanceRulesTest {

    private final GuidanceRules rules = new GuidanceRules();
    private final WorkingDays days = new WorkingDays(WorkingDayCalendar.defaultCalendar());
    private static final ChecklistPoint BAD = new ChecklistPoint("MKT-FOOD-2", "健康证", ChecklistPoint.PointStatus
            .NON_COMPLIANT, null);

    @Test
    void stagesNeedTheirReferenceAndEveryNonCompliantPointARectification() {
        assertThat(rules.check(GuidanceStage.PRE, List.of("食品安全"), null, null, List.of(), List.of())).isEmpty();
        assertThat(rules.check(null, List.of(), null, null, null, null))
                .containsExactly("GUIDANCE_STAGE_REQUIRED", "GUIDANCE_TOPICS_REQUIRED");
        assertThat(rules.check(GuidanceStage.DURING, List.of("x"), null, null, null, null))
                .containsExactly("GUIDANCE_INSPECTION_REQUIRED");
        assertThat(rules.check(GuidanceStage.POST, List.of("信用修复"), null, " ", null, null))
                .containsExactly("GUIDANCE_CASE_REQUIRED");
        assertThat(rules.check(GuidanceStage.PRE, List.of("x"), null, null, List.of(BAD), List.of()))
                .containsExactly("RECTIFICATION_REQUIRED");
        assertThat(GuidanceRules.uncovered(List.of(BAD), List.of())).isEqualTo("MKT-FOOD-2");
        assertThat(rules.check(GuidanceStage.PRE, List.of("x"), null, null, List.of(BAD),
                List.of(new GuidanceRules.RectificationRequest("MKT-FOOD-2", "办理健康证", 61))))
                .containsExactly("RECTIFICATION_DAYS_INVALID");
        assertThat(rules.check(GuidanceStage.PRE, List.of("x"), null, null, List.of(BAD),
                List.of(new GuidanceRules.RectificationRequest("MKT-FOOD-2", "办理健康证", 10)))).isEmpty();
    }

    @Test
    void deadlinesCountWorkingDaysOverHolidaysAndMakeUpDays() {
        // 2025-09-26 (Fri) + 5 working days: Sun 28 Sep is a make-up working day, 1–8 Oct are holidays
        assertThat(days.after(LocalDate.of(2025, 9, 26), 5))
                .isEqualTo(new WorkingDays.Deadline(LocalDate.of(2025, 10, 10), false));
        assertThat(days.after(LocalDate.of(2025, 4, 30), 5).due()).isEqualTo(LocalDate.of(2025, 5, 12));
    }

    @Test
    void deadlinesReachingAnUnloadedYearCountWeekdaysProvisionally() {
        WorkingDays.Deadline d = days.after(LocalDate.of(2026, 12, 24), 10);
        assertThat(d.provisional()).isTrue();
        assertThat(d.due()).isEqualTo(LocalDate.of(2027, 1, 7)); // 1 January 2027 counted as a weekday: not loaded
        assertThat(days.after(LocalDate.of(2026, 12, 1), 3).provisional()).isFalse();
    }

    @Test
    void followUpsCloseExtendOnceOrKeepRectificationsOpen() {
        ComplianceGuidance g = ComplianceGuidance.record("11320706300200020C", "320706", "91320706MA1XK7C38L",
                GuidanceStage.PRE, LocalDate.of(2025, 3, 3), List.of("食品安全"), null, null, "MKT-FOOD", List.of(BAD,
                        new ChecklistPoint("MKT-FOOD-3", "进货查验", ChecklistPoint.PointStatus.NON_COMPLIANT, null)),
                List.of(), List.of(new GuidanceRules.RectificationRequest("MKT-FOOD-2", "办理健康证", 5),
                        new GuidanceRules.RectificationRequest("MKT-FOOD-3", "建立台账", 10)), days,
                Instant.parse("2025-03-03T02:00:00Z"));
        assertThat(g.getStatus()).isEqualTo(ComplianceGuidance.Status.RECTIFYING);
        assertThat(g.getRectifications()).extracting(Rectification::dueDate)
                .containsExactly(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17));
        assertThat(g.getNextDue()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(g.overdue(LocalDate.of(2025, 3, 11))).extracting(Rectification::code).containsExactly("R1");
        LocalDate today = LocalDate.of(2025, 3, 20);
        Instant at = Instant.parse("2025-03-20T02:00:00Z");
        g.followUp(LocalDate.of(2025, 3, 12), "R1", FollowUp.Outcome.EXTENDED, null, 3, "o", days, today, at);
        assertThat(g.getRectifications().get(0).dueDate()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(g.getFollowUps().get(0).late()).isTrue();
        assertThatThrownBy(() -> g.followUp(LocalDate.of(2025, 3, 13), "R1", FollowUp.Outcome.EXTENDED, null, 3, "o",
                days, today, at)).hasMessage("EXTENSION_ALREADY_USED");
        assertThatThrownBy(() -> g.followUp(LocalDate.of(2025, 3, 21), "R1", FollowUp.Outcome.RECTIFIED, null, null,
                "o", days, today, at)).hasMessage("FOLLOW_UP_DATE_INVALID");
        g.followUp(LocalDate.of(2025, 3, 14), "R1", FollowUp.Outcome.RECTIFIED, null, null, "o", days, today, at);
        g.followUp(LocalDate.of(2025, 3, 14), "R2", FollowUp.Outcome.NOT_RECTIFIED, null, null, "o", days, today, at);
        assertThat(g.getStatus()).isEqualTo(ComplianceGuidance.Status.RECTIFYING);
        g.followUp(LocalDate.of(2025, 3, 17), "R2", FollowUp.Outcome.RECTIFIED, null, null, "o", days, today, at);
        assertThat(g.getStatus()).isEqualTo(ComplianceGuidance.Status.CLOSED);
        assertThat(g.getNextDue()).isNull();
        assertThatThrownBy(() -> g.followUp(LocalDate.of(2025, 3, 18), "R2", FollowUp.Outcome.RECTIFIED, null, null,
                "o", days, today, at)).hasMessage("RECTIFICATION_UNKNOWN");
        assertThat(g.pendingEvents()).hasSize(5);
    }
}
