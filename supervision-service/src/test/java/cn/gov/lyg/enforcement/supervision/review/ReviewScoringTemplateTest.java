package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewScoringTemplateTest {

    private final ReviewScoringTemplate template = ReviewTemplates.defaultTemplate();

    private static FileFinding f(String code, int n) {
        return new FileFinding(code, n, null, null);
    }

    @Test
    void aCleanFileScoresFullMarksAndIsExcellent() {
        ScoreResult r = template.score(List.of());
        assertThat(r.score()).isEqualByComparingTo("100");
        assertThat(r.grade()).isEqualTo(ReviewGrade.EXCELLENT);
        assertThat(r.vetoed()).isFalse();
    }

    @Test
    void deductionsAreSubtractedPerOccurrenceAndCappedPerItem() {
        // D01: 2 per occurrence, max 10 → 7 occurrences cost 10, not 14; D02 fixed 5 whatever the count
        ScoreResult r = template.score(List.of(f("D01", 7), f("D02", 3), f("D09", 2)));
        assertThat(r.score()).isEqualByComparingTo("83");
        assertThat(r.grade()).isEqualTo(ReviewGrade.GOOD);
        assertThat(r.deductions()).extracting(ScoreResult.ItemDeduction::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("2"));
    }

    @Test
    void findingsOfTheSameItemAreAddedBeforeTheCap() {
        ScoreResult r = template.score(List.of(f("D07", 2), f("D07", 2)));
        // 4 × 2 = 8, capped at 6
        assertThat(r.score()).isEqualByComparingTo("94");
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        ReviewScoringTemplate small = new ReviewScoringTemplate("T", 1, Set.of(ItemType.PENALTY), new BigDecimal("10"),
                List.of(ReviewTemplateItem.deduction("D", "a", "b", "c", DeductionRule.PER_OCCURRENCE, "5", "50")),
                List.of(GradeBand.of(ReviewGrade.QUALIFIED, "6"), GradeBand.of(ReviewGrade.UNQUALIFIED, "0")));
        ScoreResult r = small.score(List.of(f("D", 5)));
        assertThat(r.score()).isEqualByComparingTo("0");
        assertThat(r.grade()).isEqualTo(ReviewGrade.UNQUALIFIED);
    }

    @Test
    void aVetoItemFailsTheFileWhateverTheScore() {
        ScoreResult r = template.score(List.of(f("V03", 1)));
        assertThat(r.vetoed()).isTrue();
        assertThat(r.vetoHits()).containsExactly("V03");
        assertThat(r.score()).isEqualByComparingTo("0");
        assertThat(r.grade()).isEqualTo(ReviewGrade.UNQUALIFIED);
    }

    @ParameterizedTest
    @CsvSource({"100,EXCELLENT", "90,EXCELLENT", "89.9,GOOD", "80,GOOD", "79.9,QUALIFIED", "60,QUALIFIED",
            "59.9,UNQUALIFIED", "0,UNQUALIFIED"})
    void gradeBandBoundaries(String score, ReviewGrade grade) {
        assertThat(template.gradeOf(new BigDecimal(score))).isEqualTo(grade);
    }

    @Test
    void gradeBandsAreDataOfTheTemplateVersion() {
        ReviewScoringTemplate strict = new ReviewScoringTemplate("STRICT", 2, Set.of(ItemType.PENALTY),
                new BigDecimal("100"), template.items(),
                List.of(GradeBand.of(ReviewGrade.EXCELLENT, "95"), GradeBand.of(ReviewGrade.QUALIFIED, "70"),
                        GradeBand.of(ReviewGrade.UNQUALIFIED, "0")));
        assertThat(strict.score(List.of(f("D04", 1))).grade()).isEqualTo(ReviewGrade.EXCELLENT);
        assertThat(strict.score(List.of(f("D04", 1), f("D02", 1))).grade()).isEqualTo(ReviewGrade.QUALIFIED);
        assertThat(template.score(List.of(f("D04", 1), f("D02", 1))).grade()).isEqualTo(ReviewGrade.EXCELLENT);
    }

    @Test
    void unknownItemsAndBadOccurrencesAreRejectedWithCodes() {
        assertThatThrownBy(() -> template.score(List.of(f("X99", 1))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("REVIEW_FINDINGS_INVALID"));
        assertThatThrownBy(() -> template.score(List.of(f("D01", 0))))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aTemplateWithoutAZeroUnqualifiedBandOrWithDuplicateCodesIsInvalid() {
        assertThatThrownBy(() -> new ReviewScoringTemplate("T", 1, Set.of(ItemType.PENALTY), new BigDecimal("100"),
                List.of(), List.of(GradeBand.of(ReviewGrade.QUALIFIED, "60"))))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> new ReviewScoringTemplate("T", 1, Set.of(ItemType.PENALTY), new BigDecimal("100"),
                List.of(ReviewTemplateItem.veto("A", "x", "y", "z"), ReviewTemplateItem.veto("A", "x", "y", "z")),
                ReviewTemplates.defaultBands()))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void theDefaultTemplateAppliesToLicensingPenaltyAndCoercion() {
        assertThat(template.appliesTo(ItemType.PENALTY)).isTrue();
        assertThat(template.appliesTo(ItemType.INSPECTION)).isFalse();
    }
}
