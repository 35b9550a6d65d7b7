package cn.gov.lyg.enforcement.personnel.exam;

import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExamRulesTest {

    static QualificationExam exam(String general, String special, int attempt) {
        return QualificationExam.record("o", "a", "320706", TODAY.minusDays(30 - attempt), new BigDecimal(general),
                new BigDecimal(special), 60, attempt);
    }

    @ParameterizedTest
    @CsvSource({"60, 60, true", "59.5, 90, false", "90, 59, false", "100, 75, true"})
    void bothScoresMustReachThePassMark(String general, String special, boolean passed) {
        assertThat(ExamRules.passed(new BigDecimal(general), new BigDecimal(special), 60)).isEqualTo(passed);
        assertThat(exam(general, special, 1).isPassed()).isEqualTo(passed);
    }

    @Test
    void oneRetakeByDefault() {
        assertThat(ExamRules.checkAttempt(List.of(), TODAY, TODAY, 2)).isEmpty();
        assertThat(ExamRules.checkAttempt(List.of(exam("50", "70", 1)), TODAY, TODAY, 2)).isEmpty();
        assertThat(ExamRules.checkAttempt(List.of(exam("50", "70", 1), exam("55", "70", 2)), TODAY, TODAY, 2))
                .hasValue("EXAM_ATTEMPTS_EXHAUSTED");
        assertThat(ExamRules.checkAttempt(List.of(exam("50", "70", 1), exam("55", "70", 2)), TODAY, TODAY, 3)).isEmpty();
        assertThat(ExamRules.checkAttempt(List.of(exam("80", "70", 1)), TODAY, TODAY, 2))
                .hasValue("EXAM_ALREADY_PASSED");
    }

    @Test
    void datesAreNotInTheFutureNorBeforeThePreviousAttempt() {
        assertThat(ExamRules.checkAttempt(List.of(), TODAY.plusDays(1), TODAY, 2)).hasValue("EXAM_DATE_IN_FUTURE");
        assertThat(ExamRules.checkAttempt(List.of(exam("50", "70", 1)), TODAY.minusDays(60), TODAY, 2))
                .hasValue("EXAM_DATE_BEFORE_PREVIOUS");
    }
}
