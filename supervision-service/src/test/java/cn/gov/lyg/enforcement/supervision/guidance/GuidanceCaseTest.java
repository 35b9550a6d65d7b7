package cn.gov.lyg.enforcement.supervision.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which reviewed files may be guidance or typical cases, and their approval and publication. */
class GuidanceCaseTest {

    static final LocalDate DAY = LocalDate.of(2025, 12, 1);

    static GuidanceCase.Source source(boolean fin, ReviewGrade grade, boolean vetoed, boolean rectification) {
        return new GuidanceCase.Source("b:A:1", "A:1", "A", "320706", "1", ItemType.PENALTY, grade, "95.0",
                new GuidanceRules.ReviewedFile(fin, grade, vetoed, rectification));
    }

    static List<String> reasons(GuidanceKind kind, Lesson lesson, GuidanceCase.Source s) {
        return GuidanceRules.eligibility(kind, lesson, s.file());
    }

    @Test
    void eligibilityFollowsTheGradeAndWhatTheCaseTeaches() {
        assertThat(reasons(GuidanceKind.GUIDANCE, Lesson.POSITIVE, source(true, ReviewGrade.EXCELLENT, false, false)))
                .isEmpty();
        assertThat(reasons(GuidanceKind.GUIDANCE, Lesson.POSITIVE, source(true, ReviewGrade.GOOD, false, false)))
                .containsExactly("GRADE_TOO_LOW_FOR_EXAMPLE");
        assertThat(reasons(GuidanceKind.TYPICAL, Lesson.POSITIVE, source(true, ReviewGrade.GOOD, false, false)))
                .isEmpty();
        assertThat(reasons(GuidanceKind.GUIDANCE, Lesson.NEGATIVE, source(true, ReviewGrade.UNQUALIFIED, true, true)))
                .contains("GUIDANCE_CASE_MUST_BE_POSITIVE");
        assertThat(reasons(GuidanceKind.TYPICAL, Lesson.NEGATIVE, source(true, ReviewGrade.UNQUALIFIED, true, true)))
                .isEmpty();
        assertThat(reasons(GuidanceKind.TYPICAL, Lesson.NEGATIVE, source(true, ReviewGrade.EXCELLENT, false, false)))
                .containsExactly("NO_PROBLEM_TO_SHOW");
        assertThat(reasons(GuidanceKind.TYPICAL, Lesson.POSITIVE, source(false, ReviewGrade.EXCELLENT, false, false)))
                .containsExactly("REVIEW_NOT_FINAL");
    }

    @Test
    void aSelectionIsApprovedPublishedAndWithdrawnWithReasons() {
        assertThatThrownBy(() -> GuidanceCase.select(GuidanceKind.GUIDANCE, null,
                source(true, ReviewGrade.QUALIFIED, false, true), "t", "s", List.of(), "hz", DAY))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("GUIDANCE_CASE_NOT_ELIGIBLE"));
        GuidanceCase g = GuidanceCase.select(GuidanceKind.GUIDANCE, null,
                source(true, ReviewGrade.EXCELLENT, false, false), " 规范送达 ", "要旨", List.of("送达"), "hz", DAY);
        assertThat(g.getStatus()).isEqualTo(GuidanceStatus.SELECTED);
        assertThat(g.getLesson()).isEqualTo(Lesson.POSITIVE);
        assertThat(g.getTitle()).isEqualTo("规范送达");
        assertThatThrownBy(() -> g.publish("x", "city", DAY)).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> g.approve(false, " ", "city", DAY)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("REJECTION_REASON_REQUIRED"));
        g.approve(true, null, "city", DAY);
        g.publish("连司指〔2025〕1号", "city", DAY);
        assertThat(g.getStatus()).isEqualTo(GuidanceStatus.PUBLISHED);
        assertThatThrownBy(() -> g.withdraw(null, "city", DAY)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("WITHDRAWAL_REASON_REQUIRED"));
        g.withdraw("依据已修改", "city", DAY);
        assertThat(g.getStatus()).isEqualTo(GuidanceStatus.WITHDRAWN);
    }
}
