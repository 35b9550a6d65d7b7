package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import java.math.BigDecimal;

/** A grade and the lowest score (inclusive) that reaches it. */
public record GradeBand(ReviewGrade grade, BigDecimal minScore) {

    public static GradeBand of(ReviewGrade grade, String minScore) {
        return new GradeBand(grade, new BigDecimal(minScore));
    }
}
