package cn.gov.lyg.enforcement.personnel.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Staffing indicators (DOMAIN.md §2.1.3 P8/P9), pure:
 * <ul>
 *   <li>legal reviewers should be at least 5 % of an agency's officers on duty (国办发〔2018〕118号);</li>
 *   <li>持证率 = officers on duty holding an ACTIVE enforcement certificate / officers on duty;</li>
 *   <li>each county judicial bureau has at least 2 enforcement-supervision staff, at least 1 of them with
 *       法律职业资格 (the action plan's staffing check);</li>
 *   <li>each judicial office 司法所 has at least 1 staff member on duty with 法律职业资格 or a legal background
 *       (law degree or law major);</li>
 *   <li>a region meets the check when it has a county bureau in the register and every bureau and every judicial
 *       office of it meets its part.</li>
 * </ul>
 */
public final class StaffingRules {

    public static final BigDecimal LEGAL_REVIEWER_TARGET_PERCENT = new BigDecimal("5");
    public static final int MIN_SUPERVISION_STAFF = 2;
    public static final int MIN_QUALIFIED_SUPERVISION_STAFF = 1;
    public static final int MIN_LEGALLY_TRAINED_JUDICIAL_OFFICE_STAFF = 1;

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

    /** Who counts for a judicial office: 法律职业资格 or a legal background. */
    public static boolean legallyTrained(boolean legalProfessionQualified, boolean legalBackground) {
        return legalProfessionQualified || legalBackground;
    }

    public static boolean judicialOfficeStaffingMet(long legallyTrainedStaff) {
        return legallyTrainedStaff >= MIN_LEGALLY_TRAINED_JUDICIAL_OFFICE_STAFF;
    }

    /** Totals of a region (or of several) from the met flags of its bureaus and its judicial offices. */
    public static Totals totals(List<Boolean> bureausMet, List<Boolean> judicialOfficesMet) {
        int bureaus = bureausMet.size();
        int bureausOk = (int) bureausMet.stream().filter(Boolean::booleanValue).count();
        int offices = judicialOfficesMet.size();
        int officesOk = (int) judicialOfficesMet.stream().filter(Boolean::booleanValue).count();
        return new Totals(bureaus, bureausOk, offices, officesOk,
                bureaus > 0 && bureausOk == bureaus && officesOk == offices);
    }

    /**
     * @param met a county bureau is registered and every bureau and judicial office meets its part
     */
    public record Totals(int bureaus, int bureausMet, int judicialOffices, int judicialOfficesMet, boolean met) {
    }
}
