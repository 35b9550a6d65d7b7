package cn.gov.lyg.enforcement.personnel.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Staffing indicators (DOMAIN.md §2.1.3 P8/P9, issue item 9), pure:
 * <ul>
 *   <li>legal reviewers should be at least 5 % of an agency's officers on duty (国办发〔2018〕118号);</li>
 *   <li>持证率 = officers on duty holding an ACTIVE enforcement certificate / officers on duty;</li>
 *   <li>each county judicial bureau has at least 2 enforcement-supervision staff, at least 1 of them with
 *       法律职业资格 (the action plan's staffing check).</li>
 * </ul>
 */
public final class StaffingRules {

    public static final BigDecimal LEGAL_REVIEWER_TARGET_PERCENT = new BigDecimal("5");
    public static final int MIN_SUPERVISION_STAFF = 2;
    public static final int MIN_QUALIFIED_SUPERVISION_STAFF = 1;

    private StaffingRules() {
    }

    /** Percent with one decimal; 0 when there is nobody to count. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Exact comparison (not the rounded percent): reviewers × 100 ≥ 5 × officers. */
    public static boolean legalReviewerTargetMet(long reviewers, long officers) {
        return officers > 0 && BigDecimal.valueOf(reviewers * 100L)
                .compareTo(LEGAL_REVIEWER_TARGET_PERCENT.multiply(BigDecimal.valueOf(officers))) >= 0;
    }

    public static boolean supervisionStaffingMet(long staff, long qualified) {
        return staff >= MIN_SUPERVISION_STAFF && qualified >= MIN_QUALIFIED_SUPERVISION_STAFF;
    }
}
