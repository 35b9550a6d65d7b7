package cn.gov.lyg.enforcement.supervision.review;

import java.math.BigDecimal;

/**
 * One row of a scoring template (编号, 一级指标, 二级指标, 评查项类型, 评查项目, 扣分分值, 评分标准). For a VETO item the point
 * fields are null; for a DEDUCTION item {@code points} is deducted once (FIXED) or per occurrence (PER_OCCURRENCE), never
 * more than {@code maxDeduction} in total.
 */
public record ReviewTemplateItem(String code, String level1Indicator, String level2Indicator, ReviewItemType itemType,
                                 String description, DeductionRule deductionRule, BigDecimal points,
                                 BigDecimal maxDeduction, String scoringStandard) {

    public static ReviewTemplateItem veto(String code, String level1, String level2, String description) {
        return new ReviewTemplateItem(code, level1, level2, ReviewItemType.VETO, description, null, null, null,
                description);
    }

    public static ReviewTemplateItem deduction(String code, String level1, String level2, String description,
                                               DeductionRule rule, String points, String maxDeduction) {
        return new ReviewTemplateItem(code, level1, level2, ReviewItemType.DEDUCTION, description, rule,
                new BigDecimal(points), new BigDecimal(maxDeduction), description);
    }

    /** Points deducted for {@code occurrences} findings of this item (0 for a veto item or no occurrence). */
    BigDecimal deductionFor(int occurrences) {
        if (itemType == ReviewItemType.VETO || occurrences <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal raw = deductionRule == DeductionRule.FIXED ? points : points.multiply(BigDecimal.valueOf(occurrences));
        return raw.min(maxDeduction);
    }
}
