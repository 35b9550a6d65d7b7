package cn.gov.lyg.enforcement.supervision.survey;

import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Satisfaction surveys and enterprise revisits (DOMAIN.md §2.5.6, [ASM] numbers as data): five-point answers on the
 * dimensions 文明规范 / 程序公正 / 结果合理 / 效率 and an overall rating; satisfaction rate = (满意 5 + 比较满意 4) /
 * valid responses, meaningful only with the minimum valid sample (default 30); a revisit is due within 30 days of
 * the closure of the case or inspection.
 */
public final class SurveyRules {

    /** 文明规范, 程序公正, 结果合理, 效率. */
    public static final Set<String> DIMENSIONS = Set.of("CIVILITY", "FAIRNESS", "REASONABLENESS", "EFFICIENCY");

    private SurveyRules() {
    }

    public static List<FieldViolation> checkResponse(Map<String, Integer> scores, int overall, LocalDate respondedOn,
                                                     LocalDate periodFrom, LocalDate periodTo) {
        List<FieldViolation> errors = new ArrayList<>();
        if (overall < 1 || overall > 5) {
            errors.add(FieldViolation.of("overall", "SATISFACTION_RANGE"));
        }
        if (scores != null) {
            scores.forEach((dimension, score) -> {
                if (!DIMENSIONS.contains(dimension)) {
                    errors.add(FieldViolation.of("scores." + dimension, "SURVEY_DIMENSION_UNKNOWN"));
                } else if (score == null || score < 1 || score > 5) {
                    errors.add(FieldViolation.of("scores." + dimension, "SATISFACTION_RANGE"));
                }
            });
        }
        if (respondedOn.isBefore(periodFrom) || respondedOn.isAfter(periodTo)) {
            errors.add(FieldViolation.of("respondedOn", "SURVEY_OUTSIDE_PERIOD"));
        }
        return errors;
    }

    /** A rating of 4 (比较满意) or 5 (满意) counts as satisfied. */
    public static boolean satisfied(int overall) {
        return overall >= 4;
    }

    /** Percent with one decimal; {@code null} without valid responses. */
    public static BigDecimal rate(long satisfied, long valid) {
        return valid == 0 ? null : BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(valid), 1,
                RoundingMode.HALF_UP);
    }

    public static boolean sufficient(long valid, int minimumSample) {
        return valid >= minimumSample;
    }

    /** The revisit deadline: {@code days} calendar days after the closure. */
    public static LocalDate revisitDue(LocalDate closedOn, int days) {
        return closedOn.plusDays(days);
    }
}
