package cn.gov.lyg.enforcement.personnel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    static Assessment a(String id, AssessmentGrade grade, int cases, String review, int complaints) {
        return Assessment.record(id, "官员" + id, "11320706300200020C", "320706", 2025, grade, cases,
                new BigDecimal(review), complaints, 0, new BigDecimal("60"));
    }

    @Test
    void rankedByWeightedNormalisedIndicators() {
        List<Ranking.Entry> ranking = Ranking.rank(List.of(
                a("1", AssessmentGrade.QUALIFIED, 50, "90", 0),
                a("2", AssessmentGrade.EXCELLENT, 100, "80", 0),
                a("3", AssessmentGrade.EXCELLENT, 90, "100", 0)), Map.of("casesHandled", 0.5, "caseReviewScore", 0.5),
                10);
        assertThat(ranking).extracting(Ranking.Entry::officerId).containsExactly("3", "2", "1");
        assertThat(ranking.get(0).score()).isEqualByComparingTo("95.00");
        assertThat(ranking.get(0).rank()).isEqualTo(1);
    }

    @Test
    void unqualifiedComplainedAboutAndPunishedOfficersAreNotEligible() {
        Assessment punished = Assessment.record("4", "x", "a", "320706", 2025, AssessmentGrade.EXCELLENT, 500,
                new BigDecimal("100"), 0, 1, null);
        List<Ranking.Entry> ranking = Ranking.rank(List.of(a("1", AssessmentGrade.UNQUALIFIED, 500, "100", 0),
                a("2", AssessmentGrade.EXCELLENT, 500, "100", 1), punished, a("3", AssessmentGrade.QUALIFIED, 1, "60",
                        0)), Ranking.DEFAULT_WEIGHTS, 10);
        assertThat(ranking).extracting(Ranking.Entry::officerId).containsExactly("3");
    }

    @Test
    void topLimitsAndUnknownIndicatorsAreRejected() {
        List<Assessment> many = List.of(a("1", AssessmentGrade.QUALIFIED, 1, "60", 0),
                a("2", AssessmentGrade.QUALIFIED, 2, "60", 0), a("3", AssessmentGrade.QUALIFIED, 3, "60", 0));
        assertThat(Ranking.rank(many, Map.of("casesHandled", 1.0), 2)).extracting(Ranking.Entry::officerId)
                .containsExactly("3", "2");
        assertThatThrownBy(() -> Ranking.rank(many, Map.of("height", 1.0), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AssessmentService.parse("casesHandled:0.7,grade:0.3"))
                .containsEntry("casesHandled", 0.7).containsEntry("grade", 0.3);
        assertThatThrownBy(() -> AssessmentService.parse("casesHandled:-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssessmentService.parse("casesHandled"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
