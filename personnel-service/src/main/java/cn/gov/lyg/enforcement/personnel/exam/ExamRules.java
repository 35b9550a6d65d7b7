package cn.gov.lyg.enforcement.personnel.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rules of the qualification exam, pure: passed = both scores ≥ pass mark; an officer who passed does not sit again
 * ({@code EXAM_ALREADY_PASSED}); at most {@code maxAttempts} attempts ({@code EXAM_ATTEMPTS_EXHAUSTED}, default 2 =
 * one retake [ASM]); the exam date is not in the future ({@code EXAM_DATE_IN_FUTURE}) and not before the previous
 * attempt ({@code EXAM_DATE_BEFORE_PREVIOUS}).
 */
public final class ExamRules {

    private ExamRules() {
    }

    public static boolean passed(BigDecimal general, BigDecimal special, int passMark) {
        BigDecimal mark = BigDecimal.valueOf(passMark);
        return general.compareTo(mark) >= 0 && special.compareTo(mark) >= 0;
    }

    /** The violated rule, if any, for a new attempt on {@code examDate} after {@code previous} attempts. */
    public static Optional<String> checkAttempt(List<QualificationExam> previous, LocalDate examDate, LocalDate today,
                                                int maxAttempts) {
        if (examDate.isAfter(today)) {
            return Optional.of("EXAM_DATE_IN_FUTURE");
        }
        if (previous.stream().anyMatch(QualificationExam::isPassed)) {
            return Optional.of("EXAM_ALREADY_PASSED");
        }
        if (previous.size() >= maxAttempts) {
            return Optional.of("EXAM_ATTEMPTS_EXHAUSTED");
        }
        if (previous.stream().anyMatch(e -> e.getExamDate().isAfter(examDate))) {
            return Optional.of("EXAM_DATE_BEFORE_PREVIOUS");
        }
        return Optional.empty();
    }
}
