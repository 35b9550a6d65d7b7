package cn.gov.lyg.enforcement.personnel.certificate;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CLOCK;
import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.Fixtures;
import cn.gov.lyg.enforcement.personnel.agency.Agency;
import cn.gov.lyg.enforcement.personnel.officer.EmploymentStatus;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CertificateRulesTest {

    static final Pattern NUMBER = Pattern.compile("^[A-Z0-9][A-Z0-9-]{3,31}$");

    static List<String> application(CertificateKind kind, Officer officer, Agency agency,
                                    Set<EnforcementDomain> domains, Set<String> area) {
        return CertificateRules.checkApplication(kind, officer, agency, domains, area, RegionCodes.defaultCodes(),
                "3207").stream().map(FieldViolation::code).toList();
    }

    @Test
    void aValidApplication() {
        assertThat(application(CertificateKind.ENFORCEMENT, Fixtures.officer(), Fixtures.hzMarket(),
                Set.of(EnforcementDomain.MARKET), Set.of("320706"))).isEmpty();
        // a city agency may certify for the whole city or any district
        assertThat(application(CertificateKind.ENFORCEMENT, Fixtures.officer(), Fixtures.cityMarket(),
                Set.of(EnforcementDomain.MARKET), Set.of("320700", "320722"))).isEmpty();
    }

    @Test
    void domainsAndAreaMustBeTheAgencys() {
        assertThat(application(CertificateKind.ENFORCEMENT, Fixtures.officer(), Fixtures.hzMarket(),
                Set.of(EnforcementDomain.ECOLOGY), Set.of("320722", "320705", "320799", "320506")))
                .containsExactlyInAnyOrder("DOMAIN_NOT_OF_AGENCY", "REGION_UNKNOWN", "REGION_OUT_OF_SCOPE", "REGION_OBSOLETE",
                        "AREA_OUTSIDE_AGENCY_REGION");
    }

    @Test
    void onlyOnDutyEligibleStaffOfEnforcementAgencies() {
        Officer off = Fixtures.officer();
        off.changeDuty(EmploymentStatus.NON_ENFORCEMENT_POST, TODAY, "x", null, CLOCK);
        assertThat(application(CertificateKind.ENFORCEMENT, off, Fixtures.hzMarket(),
                Set.of(EnforcementDomain.MARKET), Set.of("320706"))).containsExactly("OFFICER_NOT_ON_DUTY");
        assertThat(application(CertificateKind.ENFORCEMENT, Fixtures.officer(), Fixtures.hzJustice(),
                Set.of(EnforcementDomain.MARKET), Set.of("320706"))).containsExactly("AGENCY_NOT_ENFORCEMENT_SUBJECT");
        assertThat(application(CertificateKind.SUPERVISION, Fixtures.officer(), Fixtures.hzMarket(),
                Set.of(EnforcementDomain.MARKET), Set.of("320706")))
                .containsExactly("SUPERVISION_CERTIFICATE_JUSTICE_ONLY");
        assertThat(application(CertificateKind.SUPERVISION, Fixtures.officer(), Fixtures.hzJustice(),
                Set.of(EnforcementDomain.OTHER), Set.of("320706"))).isEmpty();
        assertThat(application(CertificateKind.ENFORCEMENT, Fixtures.officer(), null,
                Set.of(EnforcementDomain.MARKET), Set.of("320706"))).containsExactly("AGENCY_NOT_ENFORCEMENT_SUBJECT");
    }

    @Test
    void issueRules() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        assertThat(CertificateRules.defaultValidTo(from, 5)).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(CertificateRules.checkIssue("JSZF-320706-2025-00001", from, LocalDate.of(2030, 2, 28), NUMBER, 5))
                .isEmpty();
        assertThat(CertificateRules.checkIssue("JSZF-320706-2025-00001", from, LocalDate.of(2030, 3, 1), NUMBER, 5))
                .extracting(FieldViolation::code).containsExactly("VALIDITY_TOO_LONG");
        assertThat(CertificateRules.checkIssue("jszf 1", from, from, NUMBER, 5)).extracting(FieldViolation::code)
                .containsExactly("CERTIFICATE_NO_FORMAT", "VALIDITY_RANGE");
        assertThat(CertificateRules.checkIssue("J".repeat(33), from, from.plusYears(1), NUMBER, 5))
                .extracting(FieldViolation::code).containsExactly("CERTIFICATE_NO_FORMAT");
    }

    @Test
    void dateDrivenChangesAreMadeAsOfTodayOrEarlierNeverAhead() {
        assertThat(CertificateRules.checkAsOf(null, TODAY)).as("default: today").isEmpty();
        assertThat(CertificateRules.checkAsOf(TODAY, TODAY)).isEmpty();
        assertThat(CertificateRules.checkAsOf(TODAY.minusYears(1), TODAY)).as("repairing a missed run").isEmpty();
        assertThat(CertificateRules.checkAsOf(TODAY.plusDays(1), TODAY)).singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("AS_OF_IN_FUTURE");
                    assertThat(v.field()).isEqualTo("asOf");
                });
        assertThat(CertificateRules.checkAsOf(TODAY.plusYears(5), TODAY)).extracting(FieldViolation::code)
                .containsExactly("AS_OF_IN_FUTURE");
    }
}
