package cn.gov.lyg.enforcement.supervision.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Satisfaction rate, minimum sample, answers in range and period; revisits due 30 days after closure. */
class SurveyRulesTest {

    static final String A12 = "11320706300200020C";

    @Test
    void theRateCountsSatisfiedAndFairlySatisfiedOverValidAnswersWithTheMinimumSample() {
        SatisfactionSurvey s = SatisfactionSurvey.open(A12, "320706", "2025 年四季度", "SMS_LINK",
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), 3);
        assertThat(s.respond("r1", "ENTERPRISE", "h1", Map.of("CIVILITY", 5), 5, LocalDate.of(2025, 10, 2),
                Instant.EPOCH)).isTrue();
        assertThat(s.respond("r1", "ENTERPRISE", "h1", Map.of("CIVILITY", 5), 5, LocalDate.of(2025, 10, 2),
                Instant.EPOCH)).isFalse();
        assertThatThrownBy(() -> s.respond("r9", "ENTERPRISE", "h1", Map.of(), 3, LocalDate.of(2025, 10, 2),
                Instant.EPOCH)).isInstanceOf(ApiException.class).extracting("code")
                .isEqualTo("SURVEY_DUPLICATE_RESPONDENT");
        s.respond("r2", "CITIZEN", null, Map.of(), 4, LocalDate.of(2025, 10, 3), Instant.EPOCH);
        assertThat(s.sufficient()).isFalse();
        s.respond("r3", "CITIZEN", null, Map.of("EFFICIENCY", 2), 2, LocalDate.of(2025, 10, 3), Instant.EPOCH);
        assertThat(s.valid()).isEqualTo(3);
        assertThat(s.rate()).isEqualByComparingTo("66.7");
        assertThat(s.sufficient()).isTrue();
        assertThatThrownBy(() -> s.respond("r4", "CITIZEN", null, Map.of("SPEED", 3), 6, LocalDate.of(2026, 1, 1),
                Instant.EPOCH)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).errors()).extracting("code").containsExactlyInAnyOrder(
                        "SATISFACTION_RANGE", "SURVEY_DIMENSION_UNKNOWN", "SURVEY_OUTSIDE_PERIOD"));
    }

    @Test
    void aRevisitIsDue30DaysAfterTheClosureAndLateAfterIt() {
        EnterpriseRevisit r = EnterpriseRevisit.plan(A12, "320706", "91320706MA1Y2K3L4N", "x", "CASE", "c-1",
                LocalDate.of(2025, 11, 3), 30);
        assertThat(r.getDueOn()).isEqualTo(LocalDate.of(2025, 12, 3));
        assertThat(r.overdue(LocalDate.of(2025, 12, 3))).isFalse();
        assertThat(r.overdue(LocalDate.of(2025, 12, 4))).isTrue();
        assertThatThrownBy(() -> r.record(LocalDate.of(2025, 11, 2), "a", "RECTIFIED", null, null, null, null,
                LocalDate.of(2025, 12, 10))).isInstanceOf(ApiException.class).extracting("code")
                .isEqualTo("DATE_ORDER");
        r.record(LocalDate.of(2025, 12, 4), "a", "RECTIFIED", "无", "规范", "合规指导", 5, LocalDate.of(2025, 12, 10));
        assertThat(r.isLate()).isTrue();
        assertThat(r.overdue(LocalDate.of(2026, 1, 1))).isFalse();
    }
}
