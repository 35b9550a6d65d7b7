package cn.gov.lyg.enforcement.personnel;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The [ASM] numbers of DOMAIN.md §2.1 and §5 (Q2, Q3), configurable under {@code personnel.*}.
 *
 * @param cryptoKey              base64 AES-256 key for citizen ID numbers ({@code personnel.crypto-key}); never logged
 * @param certificateValidityYears default validity of a new certificate (5 years)
 * @param reviewDueDay           the review of year Y is due by this day of Y+1 ({@code MM-dd}, 03-31)
 * @param requiredAnnualHours    training hours per year (60)
 * @param certificateNoPattern   regex a certificate number must match (opaque by default)
 * @param minimumEducation       lowest education level accepted for an officer
 * @param examPassMark           pass mark of both exam scores (60)
 * @param examMaxAttempts        attempts per officer (2: one retake)
 * @param examRequired           whether approving an application needs a passed exam (off by default)
 * @param failedReviewAction     SUSPEND (default) or WITHDRAW: what a failed annual review does to the certificate
 * @param strictGenderCheck      reject a stated gender that contradicts the ID number's 17th digit (off by
 *                               default: the §3.6 sample data itself has such records)
 */
@ConfigurationProperties(prefix = "personnel")
public record PersonnelProperties(
        String cryptoKey,
        Integer certificateValidityYears,
        String reviewDueDay,
        Integer requiredAnnualHours,
        String certificateNoPattern,
        String minimumEducation,
        String regionScopePrefix,
        Boolean strictGenderCheck,
        String failedReviewAction,
        Integer examPassMark,
        Integer examMaxAttempts,
        Boolean examRequired) {

    public PersonnelProperties {
        certificateValidityYears = certificateValidityYears == null ? 5 : certificateValidityYears;
        reviewDueDay = reviewDueDay == null || reviewDueDay.isBlank() ? "03-31" : reviewDueDay.strip();
        MonthDay.parse("--" + reviewDueDay);
        requiredAnnualHours = requiredAnnualHours == null ? 60 : requiredAnnualHours;
        certificateNoPattern = certificateNoPattern == null || certificateNoPattern.isBlank()
                ? "^[A-Z0-9][A-Z0-9-]{3,31}$" : certificateNoPattern;
        minimumEducation = minimumEducation == null ? "HIGH_SCHOOL" : minimumEducation;
        regionScopePrefix = regionScopePrefix == null ? "3207" : regionScopePrefix;
        strictGenderCheck = Boolean.TRUE.equals(strictGenderCheck);
        examPassMark = examPassMark == null ? 60 : examPassMark;
        examMaxAttempts = examMaxAttempts == null ? 2 : examMaxAttempts;
        examRequired = Boolean.TRUE.equals(examRequired);
        failedReviewAction = failedReviewAction == null || failedReviewAction.isBlank() ? "SUSPEND" : failedReviewAction;
    }

    public MonthDay reviewDueMonthDay() {
        return MonthDay.parse("--" + reviewDueDay);
    }

    /** Defaults for unit tests. */
    public static PersonnelProperties defaults() {
        return new PersonnelProperties(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
