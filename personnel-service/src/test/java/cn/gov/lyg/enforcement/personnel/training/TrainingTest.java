package cn.gov.lyg.enforcement.personnel.training;

import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.personnel.certificate.AnnualReviewRules;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTest {

    static TrainingRequest request(String officer, LocalDate on, TrainingCategory category, String hours,
                                   boolean rotation) {
        return new TrainingRequest(officer, on, category, null, new BigDecimal(hours), "市司法局", null, rotation);
    }

    @Test
    void hoursComeInHalfHourStepsAndNotFromTheFuture() {
        assertThat(TrainingRecord.check(request("o", TODAY, TrainingCategory.PUBLIC_LAW, "7.5", false), TODAY))
                .isEmpty();
        assertThat(TrainingRecord.check(request("o", TODAY.plusDays(1), TrainingCategory.PUBLIC_LAW, "7.25", false),
                TODAY)).extracting(FieldViolation::code).containsExactly("CLASS_HOURS_STEP", "TRAINING_DATE_IN_FUTURE");
    }

    @Test
    void theSummaryCountsTheYearAgainstTheRequirement() {
        List<TrainingRecord> records = List.of(
                TrainingRecord.record(request("o6", LocalDate.of(2024, 3, 1), TrainingCategory.PUBLIC_LAW, "30", true),
                        "113207223004000142", "320722"),
                TrainingRecord.record(request("o6", LocalDate.of(2024, 9, 1), TrainingCategory.ENFORCEMENT_SKILLS,
                        "28", false), "113207223004000142", "320722"),
                TrainingRecord.record(request("o6", LocalDate.of(2025, 1, 5), TrainingCategory.PUBLIC_LAW, "40", false),
                        "113207223004000142", "320722"),
                TrainingRecord.record(request("other", LocalDate.of(2024, 1, 5), TrainingCategory.PUBLIC_LAW, "40",
                        false), "113207223004000142", "320722"));
        TrainingSummary s = TrainingSummary.of("o6", 2024, records, 60);
        assertThat(s.totalHours()).isEqualByComparingTo("58");
        assertThat(s.shortfall()).isEqualByComparingTo("2");
        assertThat(s.requirementMet()).isFalse();
        assertThat(s.rotationTrained()).isTrue();
        assertThat(s.byCategory()).containsKeys(TrainingCategory.PUBLIC_LAW, TrainingCategory.ENFORCEMENT_SKILLS);
        assertThat(TrainingSummary.of("o6", 2024, records, 58).requirementMet()).isTrue();
        assertThat(TrainingSummary.of("o6", 2023, records, 60).totalHours()).isEqualByComparingTo("0");
        assertThat(records.get(0).pendingAudit()).extracting(a -> a.action()).containsExactly("TRAINING_RECORDED");
    }

    @Test
    void annualReviewReasons() {
        assertThat(AnnualReviewRules.failReasons(new BigDecimal("58"), 60, true, false, false))
                .containsExactly("TRAINING_SHORTFALL");
        assertThat(AnnualReviewRules.failReasons(new BigDecimal("60"), 60, true, false, false)).isEmpty();
        assertThat(AnnualReviewRules.failReasons(new BigDecimal("80"), 80, false, true, true))
                .containsExactly("ASSESSMENT_UNQUALIFIED", "NOT_ON_ENFORCEMENT_POST", "UNDER_INVESTIGATION");
        assertThat(AnnualReviewRules.failReasons(null, 60, true, false, false)).containsExactly("TRAINING_SHORTFALL");
    }

    @Test
    void ratesArePercentWithOneDecimal() {
        assertThat(TrainingService.rate(118, 121)).isEqualByComparingTo("97.5");
        assertThat(TrainingService.rate(0, 0)).isEqualByComparingTo("0");
    }
}
