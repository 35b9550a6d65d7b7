package cn.gov.lyg.enforcement.supervision.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 持证率 projection of one officer (DOMAIN.md §2.1.3 P9: officers with an ACTIVE certificate / officers on
 * enforcement posts): who is in the denominator, who in the numerator, versions, transfers, duty changes, leaving.
 */
class CertificateHolderTest {

    static final String GY = "11320707300300021G";
    static final String HZ = "11320706300200020C";
    static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    static CertificateHolder.Cert cert(String status, long version) {
        return cert("ENFORCEMENT", status, LocalDate.of(2028, 12, 31), GY, version);
    }

    static CertificateHolder.Cert cert(String kind, String status, LocalDate validTo, String holder, long version) {
        return new CertificateHolder.Cert(kind, status, validTo, holder, version);
    }

    static CertificateHolder officer(String status) {
        CertificateHolder h = CertificateHolder.of("o-" + status, GY, "320707");
        h.officer(1, GY, "320707", status);
        return h;
    }

    @Test
    void anActiveEnforcementCertificateOfTheAgencyCountsAndOlderEventsNeverOverwriteNewerOnes() {
        CertificateHolder h = officer("ON_DUTY");
        assertThat(h.certificate("c-1", cert("ACTIVE", 2))).isTrue();
        assertThat(h.certificate("c-1", cert("ACTIVE", 2))).isFalse();   // redelivered
        assertThat(h.serving()).isTrue();
        assertThat(h.certified(YEAR_END)).isTrue();
        assertThat(h.certificate("c-1", cert("SUSPENDED", 3))).isTrue();
        assertThat(h.certificate("c-1", cert("ACTIVE", 2))).isFalse();   // late, older
        assertThat(h.certified(YEAR_END)).isFalse();
        assertThat(h.certificate("c-1", cert("ACTIVE", 4))).isTrue();     // reinstated
        assertThat(h.certified(YEAR_END)).isTrue();
        assertThat(h.certified(LocalDate.of(2029, 1, 1))).isFalse();      // no longer valid on that day
    }

    @Test
    void anOfficerOnAnEnforcementPostWithoutAnyCertificateIsInTheDenominatorOnly() {
        CertificateHolder h = officer("ON_DUTY");
        assertThat(h.serving()).isTrue();
        assertThat(h.certified(YEAR_END)).isFalse();
        assertThat(CertificateHolder.count(List.of(h), YEAR_END)).containsExactly(1, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NON_ENFORCEMENT_POST", "TRANSFERRED_OUT", "RETIRED", "RESIGNED", "DISMISSED", "DECEASED"})
    void anOfficerNotOnAnEnforcementPostIsInNeitherCountEvenWithAnActiveCertificate(String status) {
        CertificateHolder h = officer(status);
        h.certificate("c-1", cert("ACTIVE", 2));
        assertThat(h.serving()).isFalse();
        assertThat(h.certified(YEAR_END)).isFalse();
        assertThat(CertificateHolder.count(List.of(h), YEAR_END)).containsExactly(0, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUSPENDED", "WITHDRAWN", "REVOKED", "CANCELLED", "LOST", "EXPIRED", "APPROVED"})
    void onlyAnActiveCertificateMakesAnOfficerOnDutyCertified(String status) {
        CertificateHolder h = officer("ON_DUTY");
        h.certificate("c-1", cert(status, 2));
        assertThat(CertificateHolder.count(List.of(h), YEAR_END)).containsExactly(1, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUPERVISION", "SPECIAL_STATUTORY"})
    void onlyAnEnforcementCertificateCounts(String kind) {
        CertificateHolder h = officer("ON_DUTY");
        h.certificate("c-1", cert(kind, "ACTIVE", LocalDate.of(2028, 12, 31), GY, 2));
        assertThat(h.certified(YEAR_END)).isFalse();
    }

    @Test
    void aCertificateNoLongerValidOnTheDayOrIssuedForAnotherAgencyDoesNotCount() {
        CertificateHolder h = officer("ON_DUTY");
        h.certificate("c-1", cert("ENFORCEMENT", "ACTIVE", LocalDate.of(2025, 12, 30), GY, 2));
        h.certificate("c-2", cert("ENFORCEMENT", "ACTIVE", LocalDate.of(2028, 12, 31), HZ, 2));
        assertThat(h.certified(YEAR_END)).isFalse();
        assertThat(h.certified(LocalDate.of(2025, 12, 30))).isTrue();
    }

    @Test
    void anOfficerWithSeveralActiveCertificatesCountsOnce() {
        CertificateHolder h = officer("ON_DUTY");
        h.certificate("c-1", cert("ACTIVE", 2));
        h.certificate("c-2", cert("ACTIVE", 2));
        CertificateHolder other = officer("ON_DUTY");
        assertThat(CertificateHolder.count(List.of(h, other), YEAR_END)).containsExactly(2, 1);
    }

    @Test
    void theEmploymentStatusOfTheNewestOfficerEventDecidesAndATransferMovesTheOfficerToTheNewAgency() {
        CertificateHolder h = CertificateHolder.of("o-2", GY, "320707");
        h.certificate("c-2", cert("ACTIVE", 2));
        assertThat(h.serving()).isTrue();                                  // known from its certificate only
        assertThat(h.officer(3, GY, "320707", "NON_ENFORCEMENT_POST")).isTrue();
        assertThat(h.serving()).isFalse();
        assertThat(h.officer(3, GY, "320707", "ON_DUTY")).isFalse();       // same version again
        assertThat(h.officer(2, GY, "320707", "ON_DUTY")).isFalse();       // older, late
        assertThat(h.serving()).isFalse();
        h.officer(4, GY, "320707", "ON_DUTY");
        assertThat(h.certified(YEAR_END)).isTrue();
        h.officer(5, HZ, "320706", "ON_DUTY");                             // transferred
        assertThat(h.getAgencyCode()).isEqualTo(HZ);
        assertThat(h.serving()).isTrue();
        assertThat(h.certified(YEAR_END)).isFalse();                       // certificate of the old agency
        h.officer(6, HZ, "320706", "RETIRED");
        assertThat(h.serving()).isFalse();
    }

    @Test
    void aTransferToANonEnforcementPostTakesTheOfficerOutOfTheDenominator() {
        CertificateHolder h = officer("ON_DUTY");
        assertThat(h.apply(new HoldingEvents.OfficerChange("o-ON_DUTY", HZ, "320706", 2, "NON_ENFORCEMENT_POST")))
                .isTrue();
        assertThat(h.getAgencyCode()).isEqualTo(HZ);
        assertThat(h.serving()).isFalse();
    }
}
