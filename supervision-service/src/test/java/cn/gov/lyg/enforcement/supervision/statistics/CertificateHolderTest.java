package cn.gov.lyg.enforcement.supervision.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 持证率 projection of one officer: certificates by version, transfers, duty changes and leaving. */
class CertificateHolderTest {

    static final String GY = "11320707300300021G";
    static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    static CertificateHolder.Cert cert(String status, long version) {
        return new CertificateHolder.Cert("ENFORCEMENT", status, LocalDate.of(2028, 12, 31), GY, version);
    }

    @Test
    void anActiveEnforcementCertificateOfTheAgencyCountsAndOlderEventsNeverOverwriteNewerOnes() {
        CertificateHolder h = CertificateHolder.of("o-1", GY, "320707");
        assertThat(h.certificate("c-1", cert("ACTIVE", 2))).isTrue();
        assertThat(h.certificate("c-1", cert("ACTIVE", 2))).isFalse();   // redelivered
        assertThat(h.serving()).isTrue();
        assertThat(h.certified(YEAR_END)).isTrue();
        assertThat(h.certificate("c-1", cert("SUSPENDED", 3))).isTrue();
        assertThat(h.certificate("c-1", cert("ACTIVE", 2))).isFalse();   // late, older
        assertThat(h.certified(YEAR_END)).isFalse();
        assertThat(h.certificate("c-1", cert("ACTIVE", 4))).isTrue();     // reinstated
        assertThat(h.certified(YEAR_END)).isTrue();
        assertThat(h.certified(LocalDate.of(2029, 1, 1))).isFalse();      // expired by then
    }

    @Test
    void anOfficerOffDutyOrGoneIsNotCountedAndATransferMovesThemToTheNewAgency() {
        CertificateHolder h = CertificateHolder.of("o-2", GY, "320707");
        h.certificate("c-2", cert("ACTIVE", 2));
        assertThat(h.officer(3, null, null, false, false)).isTrue();
        assertThat(h.serving()).isFalse();
        assertThat(h.officer(3, null, null, true, false)).isFalse();     // same version again
        h.officer(4, null, null, true, false);
        assertThat(h.serving()).isTrue();
        h.officer(5, "11320706300200020C", "320706", null, false);
        assertThat(h.getAgencyCode()).isEqualTo("11320706300200020C");
        assertThat(h.certified(YEAR_END)).isFalse();                       // certificate of the old agency
        h.officer(6, null, null, null, true);
        assertThat(h.serving()).isFalse();
    }
}
