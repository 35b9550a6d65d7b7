package cn.gov.lyg.enforcement.personnel.eligibility;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CLOCK;
import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.AGENCY_MISMATCH;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.ANNUAL_REVIEW_OVERDUE;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.AREA_MISMATCH;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.CERTIFICATE_CANCELLED;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.CERTIFICATE_EXPIRED;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.CERTIFICATE_LOST;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.CERTIFICATE_NOT_ISSUED;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.CERTIFICATE_NOT_YET_VALID;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.CERTIFICATE_REVOKED;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.CERTIFICATE_SUSPENDED;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.CERTIFICATE_WITHDRAWN;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.DOMAIN_MISMATCH;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.NOT_ON_DUTY;
import static cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReason.NO_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.Fixtures;
import cn.gov.lyg.enforcement.personnel.certificate.AnnualReviewRecord;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.certificate.ReviewResult;
import cn.gov.lyg.enforcement.personnel.certificate.ReviewSchedule;
import cn.gov.lyg.enforcement.personnel.officer.EmploymentStatus;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@code assignable} rule of DOMAIN.md §2.1.2, one reason at a time and all together. */
class EligibilityTest {

    final Eligibility eligibility = new Eligibility(ReviewSchedule.defaults(), RegionCodes.defaultCodes());
    final Officer officer = Fixtures.officer();

    EligibilityResult check(List<Certificate> certificates, LocalDate date, EnforcementDomain domain, String region) {
        return eligibility.evaluate(officer, certificates, date, domain, region);
    }

    Certificate active() {
        return Fixtures.activeCertificate(officer, TODAY);
    }

    static void passReview(Certificate c, int year) {
        c.recordReview(new AnnualReviewRecord(year, LocalDate.of(year + 1, 3, 31), ReviewResult.PASSED, List.of(),
                null, "s", CLOCK.instant()), CLOCK);
    }

    @Test
    void anActiveCertificateInDomainAndAreaIsAssignable() {
        Certificate c = active();
        EligibilityResult result = check(List.of(c), TODAY, EnforcementDomain.MARKET, "320706");
        assertThat(result.assignable()).isTrue();
        assertThat(result.reasons()).isEmpty();
        assertThat(result.certificate().certificateId()).isEqualTo(c.getId());
        assertThat(check(List.of(c), TODAY, null, null).assignable()).isTrue();
        // an abolished code is covered by the area of its successor (新浦区 → 海州区)
        assertThat(check(List.of(c), TODAY, EnforcementDomain.MARKET, "320705").assignable()).isTrue();
    }

    @Test
    void aCityWideAreaCoversEveryDistrict() {
        Certificate c = Certificate.apply(CertificateKind.ENFORCEMENT, officer.getId(), officer.getName(),
                officer.getAgencyCode(), officer.getRegionCode(), Set.of(EnforcementDomain.MARKET), Set.of("320700"),
                null, "a", CLOCK);
        c.approve("s", CLOCK);
        c.issue("JSZF-320700-2025-1", TODAY, TODAY.plusYears(5).minusDays(1), "s", CLOCK);
        assertThat(check(List.of(c), TODAY, EnforcementDomain.MARKET, "320722").assignable()).isTrue();
        assertThat(check(List.of(c), TODAY, EnforcementDomain.MARKET, "320506").reasons()).containsExactly(AREA_MISMATCH);
    }

    @Test
    void noCertificateAtAllOrOnlyAnApplication() {
        assertThat(check(List.of(), TODAY, EnforcementDomain.MARKET, "320706").reasons())
                .containsExactly(NO_CERTIFICATE);
        Certificate applied = Certificate.apply(CertificateKind.ENFORCEMENT, officer.getId(), officer.getName(),
                officer.getAgencyCode(), "320706", Set.of(EnforcementDomain.MARKET), Set.of("320706"), null, "a",
                CLOCK);
        assertThat(check(List.of(applied), TODAY, null, null).reasons()).containsExactly(CERTIFICATE_NOT_ISSUED);
    }

    @Test
    void domainAndAreaMismatches() {
        assertThat(check(List.of(active()), TODAY, EnforcementDomain.ECOLOGY, "320722").reasons())
                .containsExactly(DOMAIN_MISMATCH, AREA_MISMATCH);
    }

    @Test
    void suspendedWithdrawnRevokedLostCancelled() {
        Certificate s = active();
        s.suspend("R", null, "s", CLOCK);
        assertThat(check(List.of(s), TODAY, null, null).reasons()).containsExactly(CERTIFICATE_SUSPENDED);
        Certificate w = active();
        w.withdraw("R", "s", CLOCK);
        assertThat(check(List.of(w), TODAY, null, null).reasons()).containsExactly(CERTIFICATE_WITHDRAWN);
        Certificate r = active();
        r.revoke("R", "s", CLOCK);
        assertThat(check(List.of(r), TODAY, null, null).reasons()).containsExactly(CERTIFICATE_REVOKED);
        Certificate l = active();
        l.reportLost(null, "s", CLOCK);
        assertThat(check(List.of(l), TODAY, null, null).reasons()).containsExactly(CERTIFICATE_LOST);
        w.cancel("R", "s", CLOCK);
        assertThat(check(List.of(w), TODAY, null, null).reasons()).containsExactly(CERTIFICATE_CANCELLED);
    }

    @Test
    void validityIsEvaluatedForTheDateAsked() {
        Certificate c = active();
        assertThat(check(List.of(c), c.getValidTo(), null, null).assignable()).isFalse(); // review overdue by then
        assertThat(check(List.of(c), c.getValidTo().plusDays(1), null, null).reasons()).contains(CERTIFICATE_EXPIRED);
        assertThat(check(List.of(c), TODAY.minusDays(1), null, null).reasons())
                .containsExactly(CERTIFICATE_NOT_YET_VALID);
        Certificate expired = Fixtures.activeCertificate(officer, TODAY.minusYears(5));
        expired.expire(TODAY, "system", CLOCK);
        assertThat(check(List.of(expired), TODAY, null, null).reasons()).contains(CERTIFICATE_EXPIRED);
    }

    @Test
    void theLastDayOfValidityIsStillValid() {
        Certificate c = Fixtures.activeCertificate(officer, LocalDate.of(2021, 7, 1));
        for (int year = 2022; year <= 2025; year++) {
            passReview(c, year);
        }
        assertThat(check(List.of(c), LocalDate.of(2026, 6, 30), null, null).assignable()).isTrue();
        assertThat(check(List.of(c), LocalDate.of(2026, 7, 1), null, null).reasons())
                .containsExactly(CERTIFICATE_EXPIRED);
    }

    /** O06: review of 2024 not passed; not assignable after 31 March 2025. */
    @Test
    void anOverdueReviewBlocksFromTheDayAfterTheDeadline() {
        Certificate c = Fixtures.activeCertificate(officer, LocalDate.of(2022, 6, 1));
        passReview(c, 2023);
        assertThat(check(List.of(c), LocalDate.of(2025, 3, 31), null, null).assignable()).isTrue();
        EligibilityResult after = check(List.of(c), LocalDate.of(2025, 4, 1), null, null);
        assertThat(after.reasons()).containsExactly(ANNUAL_REVIEW_OVERDUE);
        assertThat(after.certificate().overdueReviewYear()).isEqualTo(2024);
        passReview(c, 2024);
        assertThat(check(List.of(c), LocalDate.of(2025, 4, 1), null, null).assignable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = EmploymentStatus.class, names = {"RETIRED", "RESIGNED", "DISMISSED", "DECEASED",
            "TRANSFERRED_OUT"})
    void officersWhoLeftAreNotOnDutyFromTheEffectiveDate(EmploymentStatus status) {
        Certificate c = active();
        officer.leave(status, TODAY.plusDays(10), "a", null, CLOCK);
        assertThat(check(List.of(c), TODAY.plusDays(10), null, null).reasons()).containsExactly(NOT_ON_DUTY);
        assertThat(check(List.of(c), TODAY.plusDays(9), null, null).assignable()).isTrue();
    }

    @Test
    void aNonEnforcementPostIsNotOnDuty() {
        Certificate c = active();
        officer.changeDuty(EmploymentStatus.NON_ENFORCEMENT_POST, TODAY, "a", null, CLOCK);
        assertThat(check(List.of(c), TODAY, null, null).reasons()).containsExactly(NOT_ON_DUTY);
    }

    @Test
    void aCertificateOfTheFormerAgencyDoesNotCountAfterATransfer() {
        Certificate c = active();
        officer.transfer("113207003001000970", "320700", TODAY, "a", null, CLOCK);
        assertThat(check(List.of(c), TODAY, EnforcementDomain.MARKET, "320706").reasons())
                .containsExactly(AGENCY_MISMATCH);
    }

    @Test
    void theActiveCertificateWinsOverOlderOnes() {
        Certificate old = Fixtures.activeCertificate(officer, TODAY.minusYears(5));
        old.expire(TODAY, "system", CLOCK);
        old.cancel("RENEWED", "s", CLOCK);
        Certificate current = active();
        EligibilityResult result = check(List.of(old, current), TODAY, EnforcementDomain.MARKET, "320706");
        assertThat(result.assignable()).isTrue();
        assertThat(result.certificate().certificateId()).isEqualTo(current.getId());
        Certificate suspended = active();
        suspended.suspend("R", null, "s", CLOCK);
        assertThat(check(List.of(old, suspended), TODAY, null, null).reasons()).containsExactly(CERTIFICATE_SUSPENDED);
    }

    @Test
    void supervisionCertificatesDoNotMakeAnOfficerAssignable() {
        Certificate c = Certificate.apply(CertificateKind.SUPERVISION, officer.getId(), officer.getName(),
                officer.getAgencyCode(), "320706", Set.of(EnforcementDomain.OTHER), Set.of("320706"), null, "a", CLOCK);
        c.approve("s", CLOCK);
        c.issue("JSJD-1", TODAY, TODAY.plusYears(1), "s", CLOCK);
        assertThat(check(List.of(c), TODAY, null, null).reasons()).containsExactly(NO_CERTIFICATE);
    }

    @Test
    void everyReasonAtOnce() {
        Certificate c = Fixtures.activeCertificate(officer, LocalDate.of(2019, 1, 1));
        c.suspend("R", null, "s", CLOCK);
        officer.transfer("113207003001000970", "320700", TODAY, "a", null, CLOCK);
        officer.changeDuty(EmploymentStatus.NON_ENFORCEMENT_POST, TODAY, "a", null, CLOCK);
        assertThat(check(List.of(c), TODAY, EnforcementDomain.HEALTH, "320722").reasons()).containsExactly(
                NOT_ON_DUTY, CERTIFICATE_SUSPENDED, CERTIFICATE_EXPIRED, AGENCY_MISMATCH, ANNUAL_REVIEW_OVERDUE,
                DOMAIN_MISMATCH, AREA_MISMATCH);
    }

    @Test
    void pastDatesSeeTheStatusOfThatDay() {
        Certificate c = Fixtures.activeCertificate(officer, LocalDate.of(2024, 1, 1)); // back-dated issue
        c.suspend("UNDER_INVESTIGATION", null, "s", CLOCK);
        assertThat(c.statusOn(TODAY.minusDays(1))).isEqualTo(cn.gov.lyg.enforcement.personnel.certificate
                .CertificateStatus.ACTIVE);
        assertThat(c.statusOn(LocalDate.of(2023, 12, 31))).isNull();
        assertThat(check(List.of(c), TODAY.minusDays(1), EnforcementDomain.MARKET, "320706").assignable()).isTrue();
        assertThat(check(List.of(c), TODAY, EnforcementDomain.MARKET, "320706").reasons())
                .containsExactly(CERTIFICATE_SUSPENDED);
        assertThat(check(List.of(c), LocalDate.of(2023, 12, 31), null, null).reasons())
                .containsExactly(CERTIFICATE_NOT_YET_VALID);
    }

    @Test
    void aTransferCountsFromItsEffectiveDate() {
        Certificate c = active();
        officer.transfer("113207003001000970", "320700", TODAY.plusDays(10), "a", null, CLOCK);
        assertThat(officer.agencyOn(TODAY.plusDays(9))).isEqualTo(Fixtures.HZ_MARKET);
        assertThat(check(List.of(c), TODAY.plusDays(9), EnforcementDomain.MARKET, "320706").assignable()).isTrue();
        assertThat(check(List.of(c), TODAY.plusDays(10), EnforcementDomain.MARKET, "320706").reasons())
                .containsExactly(AGENCY_MISMATCH);
    }
}
