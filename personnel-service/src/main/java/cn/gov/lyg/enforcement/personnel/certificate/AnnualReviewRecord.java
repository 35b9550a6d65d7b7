package cn.gov.lyg.enforcement.personnel.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One annual review 年度审验 of a certificate (kept inside the certificate document: one aggregate per write).
 *
 * @param dueDate     31 March of year+1 by default
 * @param failReasons TRAINING_SHORTFALL, ASSESSMENT_UNQUALIFIED, NOT_ON_ENFORCEMENT_POST, UNDER_INVESTIGATION, OTHER
 */
public record AnnualReviewRecord(int year, LocalDate dueDate, ReviewResult result, List<String> failReasons,
                                 Double trainingHours, String reviewedBy, Instant reviewedAt) {
}
