package cn.gov.lyg.enforcement.supervision.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annual work plan: items within the year, approval or return, publication, progress and overdue items. */
class WorkPlanTest {

    static WorkPlanItem item(String title, String due) {
        return new WorkPlanItem(0, WorkPlanItem.Category.CASE_FILE_REVIEW, title, null, LocalDate.parse(due), "执法监督科",
                false, null, null);
    }

    @Test
    void itemsMustFallInThePlansYear() {
        assertThatThrownBy(() -> WorkPlan.draft("B", "320706", 2025, "计划", List.of(item("评查", "2026-01-05"))))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("WORK_PLAN_ITEM_OUTSIDE_YEAR"));
        assertThatThrownBy(() -> WorkPlan.draft("B", "320706", 2025, "计划", List.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("WORK_PLAN_EMPTY"));
    }

    @Test
    void aPlanIsSubmittedApprovedOrReturnedPublishedAndFollowedUp() {
        WorkPlan p = WorkPlan.draft("B", "320706", 2025, "2025 年度计划",
                List.of(item("案卷评查", "2025-06-30"), item("专项整治", "2025-10-31")));
        assertThat(p.getItems()).extracting(WorkPlanItem::no).containsExactly(1, 2);
        assertThatThrownBy(() -> p.publish(LocalDate.of(2025, 1, 10))).isInstanceOf(InvalidTransitionException.class);
        p.submit("hz", LocalDate.of(2025, 1, 5));
        assertThatThrownBy(() -> p.revise("x", List.of(item("a", "2025-03-01"))))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> p.decide(false, null, "city", LocalDate.of(2025, 1, 6)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("REJECTION_REASON_REQUIRED"));
        p.decide(false, "补充培训事项", "city", LocalDate.of(2025, 1, 6));
        assertThat(p.getStatus()).isEqualTo(WorkPlanStatus.DRAFT);
        p.revise("2025 年度计划", List.of(item("案卷评查", "2025-06-30"), item("执法培训", "2025-09-30")));
        p.submit("hz", LocalDate.of(2025, 1, 7));
        p.decide(true, null, "city", LocalDate.of(2025, 1, 8));
        p.publish(LocalDate.of(2025, 1, 9));
        p.progress(1, true, "已完成", LocalDate.of(2025, 6, 20));
        assertThat(p.getItems().get(0).overdue(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(p.getItems().get(1).overdue(LocalDate.of(2025, 9, 30))).isFalse();
        assertThat(p.getItems().get(1).overdue(LocalDate.of(2025, 10, 1))).isTrue();
        assertThatThrownBy(() -> p.progress(3, true, null, LocalDate.of(2025, 6, 20)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
    }
}
