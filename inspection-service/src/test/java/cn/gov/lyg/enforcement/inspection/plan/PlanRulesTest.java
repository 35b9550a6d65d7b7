package cn.gov.lyg.enforcement.inspection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private final PlanRules rules = new PlanRules();

    private static PlanTask routine() {
        return new PlanTask("食品经营日常检查", "ROUTINE", List.of("3207-MKT-INS-0001"), List.of("320706"),
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 11, 30), 2, null, null);
    }

    private static PlanTask special(String authority, String doc) {
        return new PlanTask("燃气安全专项检查", "SPECIAL", List.of("3207-EMG-INS-0002"), List.of("320722"),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 30), 1, authority, doc);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable c, String code) {
        assertThatThrownBy(c).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(code));
    }

    @Test
    void lateAfterTheThirtyFirstOfMarchWhateverTheHolidays() {
        assertThat(PlanRules.late(2025, null, LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(PlanRules.late(2025, null, LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(PlanRules.late(2025, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 12, 1))).isFalse();
        assertThat(PlanRules.late(2025, LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 2))).isTrue();
    }

    @Test
    void specialTasksNeedTheirApprovalAndPublicationNeedsTheFiling() {
        refused(() -> rules.checkPublishable(List.of(routine(), special(null, null)), PlanStatus.FILED),
                "SPECIAL_INSPECTION_NOT_APPROVED");
        refused(() -> rules.checkPublishable(List.of(special("东海县人民政府", " ")), PlanStatus.FILED),
                "SPECIAL_INSPECTION_NOT_APPROVED");
        refused(() -> rules.checkPublishable(List.of(routine()), PlanStatus.SUBMITTED), "PLAN_NOT_FILED");
        assertThatCode(() -> rules.checkPublishable(List.of(routine(), special("东海县人民政府", "东政复〔2025〕12号")),
                PlanStatus.FILED)).doesNotThrowAnyException();
    }

    @Test
    void filedWithTheBureauOfTheAgencysRegion() {
        assertThatCode(() -> rules.checkFilingBureau("320722", "320722")).doesNotThrowAnyException();
        refused(() -> rules.checkFilingBureau("320722", "320700"), "FILING_BUREAU_MISMATCH");
        assertThatCode(() -> rules.checkFilingBureau("320700", "320700")).doesNotThrowAnyException();
    }

    @Test
    void tasksAreWellFormed() {
        assertThatCode(() -> rules.checkTasks(2025, List.of(routine()))).doesNotThrowAnyException();
        refused(() -> rules.checkTasks(2026, List.of(routine())), "PLAN_TASK_INVALID");
        refused(() -> rules.checkTasks(2025, List.of()), "PLAN_TASK_INVALID");
        refused(() -> rules.checkTasks(2025, List.of(new PlanTask("x", "CASE_TRIGGERED", List.of("i"), List.of(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), 1, null, null))), "PLAN_TASK_INVALID");
        refused(() -> rules.checkTasks(2025, List.of(new PlanTask("x", "ROUTINE", List.of("i"), List.of(),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), 1, null, null))), "PLAN_TASK_INVALID");
    }
}
