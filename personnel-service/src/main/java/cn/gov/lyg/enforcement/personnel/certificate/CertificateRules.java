package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.agency.Agency;
import cn.gov.lyg.enforcement.personnel.officer.EmploymentStatus;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.identifier.RegionValidation;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for applying for and issuing a certificate (DOMAIN.md §2.1.1–§2.1.3), pure:
 * <ul>
 *   <li>{@code OFFICER_NOT_ON_DUTY}: only officers on an enforcement post apply;</li>
 *   <li>{@code STAFF_TYPE_NOT_ELIGIBLE}: no contract or temporary workers;</li>
 *   <li>{@code AGENCY_NOT_ENFORCEMENT_SUBJECT}: an enforcement certificate needs an active agency that is not a
 *       judicial bureau; {@code SUPERVISION_CERTIFICATE_JUSTICE_ONLY}: supervision certificates only for judicial
 *       bureaus;</li>
 *   <li>{@code DOMAIN_NOT_OF_AGENCY}: every certificate domain is one of the agency's domains (执法类别);</li>
 *   <li>{@code REGION_*}: every area code is a current Lianyungang region code; {@code AREA_OUTSIDE_AGENCY_REGION}: and
 *       inside the agency's region (a county agency cannot certify for another county);</li>
 *   <li>at issue: {@code CERTIFICATE_NO_FORMAT} (configurable pattern), {@code VALIDITY_RANGE} (validTo after
 *       validFrom), {@code VALIDITY_TOO_LONG} (at most the configured years, default 5);</li>
 *   <li>{@code AS_OF_IN_FUTURE}: a change that depends on the date (expiry, the end of a dated suspension) is made
 *       as of today or an earlier date, never ahead of time (a later date would expire still-valid certificates and
 *       end suspensions early).</li>
 * </ul>
 */
public final class CertificateRules {

    private CertificateRules() {
    }

    public static List<FieldViolation> checkApplication(CertificateKind kind, Officer officer, Agency agency,
                                                        Set<EnforcementDomain> domains, Set<String> area,
                                                        RegionCodes regions, String scopePrefix) {
        List<FieldViolation> errors = new ArrayList<>();
        if (officer.getEmploymentStatus() != EmploymentStatus.ON_DUTY) {
            errors.add(FieldViolation.of("officerId", "OFFICER_NOT_ON_DUTY"));
        }
        if (!officer.getStaffType().eligible()) {
            errors.add(FieldViolation.of("officerId", "STAFF_TYPE_NOT_ELIGIBLE"));
        }
        boolean justice = agency != null && agency.getAgencyKind() == AgencyKind.JUSTICE_BUREAU;
        if (agency == null || !agency.isActive()) {
            errors.add(FieldViolation.of("officerId", "AGENCY_NOT_ENFORCEMENT_SUBJECT"));
        } else if (kind == CertificateKind.SUPERVISION && !justice) {
            errors.add(FieldViolation.of("certificateKind", "SUPERVISION_CERTIFICATE_JUSTICE_ONLY"));
        } else if (kind != CertificateKind.SUPERVISION && justice) {
            errors.add(FieldViolation.of("certificateKind", "AGENCY_NOT_ENFORCEMENT_SUBJECT"));
        } else if (kind != CertificateKind.SUPERVISION) {
            domains.stream().sorted().filter(d -> !agency.getDomains().contains(d)).findFirst().ifPresent(d ->
                    errors.add(FieldViolation.of("enforcementDomains", "DOMAIN_NOT_OF_AGENCY")));
        }
        int i = 0;
        for (String code : area.stream().sorted().toList()) {
            String field = "enforcementArea[" + i++ + "]";
            RegionValidation v = regions.validateForNewRecord(code, scopePrefix);
            if (!v.accepted()) {
                errors.add(FieldViolation.of(field, v.status().code()));
            } else if (agency != null && !regions.covers(agency.getRegionCode(), code)) {
                errors.add(FieldViolation.of(field, "AREA_OUTSIDE_AGENCY_REGION"));
            }
        }
        return errors;
    }

    public static List<FieldViolation> checkIssue(String certificateNo, LocalDate validFrom, LocalDate validTo,
                                                  Pattern numberPattern, int maxYears) {
        List<FieldViolation> errors = new ArrayList<>();
        if (certificateNo == null || certificateNo.length() > 32 || !numberPattern.matcher(certificateNo).matches()) {
            errors.add(FieldViolation.of("certificateNo", "CERTIFICATE_NO_FORMAT"));
        }
        if (!validTo.isAfter(validFrom)) {
            errors.add(FieldViolation.of("validTo", "VALIDITY_RANGE"));
        } else if (validTo.isAfter(validFrom.plusYears(maxYears).minusDays(1))) {
            errors.add(FieldViolation.of("validTo", "VALIDITY_TOO_LONG"));
        }
        return errors;
    }

    /** {@code AS_OF_IN_FUTURE} when a date-driven change is asked for a date after today (null: today, allowed). */
    public static List<FieldViolation> checkAsOf(LocalDate asOf, LocalDate today) {
        return asOf != null && asOf.isAfter(today) ? List.of(FieldViolation.of("asOf", "AS_OF_IN_FUTURE")) : List.of();
    }

    /** Default end of validity: {@code years} after validFrom, the day before (2021-07-01 → 2026-06-30). */
    public static LocalDate defaultValidTo(LocalDate validFrom, int years) {
        return validFrom.plusYears(years).minusDays(1);
    }
}
