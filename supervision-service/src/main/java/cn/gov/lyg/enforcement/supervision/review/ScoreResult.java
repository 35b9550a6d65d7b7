package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import java.math.BigDecimal;
import java.util.List;

/** A scored file: the score (0 when vetoed), its grade, the veto items hit and each item's deduction. */
public record ScoreResult(BigDecimal score, ReviewGrade grade, List<String> vetoHits, List<ItemDeduction> deductions) {

    /** The points one deduction item cost, with the occurrences found. */
    public record ItemDeduction(String itemCode, int occurrences, BigDecimal points) {
    }

    public boolean vetoed() {
        return !vetoHits.isEmpty();
    }
}
