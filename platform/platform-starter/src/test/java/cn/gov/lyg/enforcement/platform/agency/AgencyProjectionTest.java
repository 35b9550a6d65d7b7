package cn.gov.lyg.enforcement.platform.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.personnel.AgencyChanged;
import cn.gov.lyg.enforcement.events.personnel.AgencyClosed;
import cn.gov.lyg.enforcement.events.personnel.AgencyRegistered;
import cn.gov.lyg.enforcement.events.personnel.AgencySnapshot;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.kafka.InvalidEventException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgencyProjectionTest {

    static final String CODE = "113207003001000970";
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");

    static AgencySnapshot snapshot(String kind, String level, List<String> domains, String status) {
        return new AgencySnapshot("a-1", CODE, "连云港市卫生健康委员会", kind, level, "320700", null, null,
                "113207003001000115", null, domains, false, false, false, status, null, null);
    }

    static AgencyRegistered registered(long version, AgencySnapshot agency) {
        return new AgencyRegistered("e-" + version, NOW, "a-1", version, "320700", CODE, NOW, "admin", agency);
    }

    @Test
    void registeredAgencyBecomesAnActiveEntryWithItsDomainsAndVersion() {
        Agency agency = AgencyProjection.of(registered(1, snapshot("ADMIN_ORGAN", "CITY", List.of("HEALTH"), "ACTIVE")));
        assertThat(agency.agencyCode()).isEqualTo(CODE);
        assertThat(agency.kind()).isEqualTo(AgencyKind.ADMIN_ORGAN);
        assertThat(agency.level()).isEqualTo(AdminLevel.CITY);
        assertThat(agency.domains()).containsExactly(EnforcementDomain.HEALTH);
        assertThat(agency.active()).isTrue();
        assertThat(agency.sourceVersion()).isEqualTo(1L);
        assertThat(agency.enforcesIn(EnforcementDomain.HEALTH)).isTrue();
        assertThat(agency.enforcesIn(EnforcementDomain.MARKET)).isFalse();
    }

    @Test
    void changedDomainsReplaceTheOldOnes() {
        AgencyChanged changed = new AgencyChanged("e-2", NOW, "a-1", 2, "320700", CODE, NOW, "admin",
                List.of("domains"), snapshot("ADMIN_ORGAN", "CITY", List.of("HEALTH", "MARKET"), "ACTIVE"));
        assertThat(AgencyProjection.of(changed).domains())
                .isEqualTo(Set.of(EnforcementDomain.HEALTH, EnforcementDomain.MARKET));
    }

    @Test
    void aMergedOrAbolishedAgencyEnforcesNothing() {
        AgencyClosed closed = new AgencyClosed("e-3", NOW, "a-1", 3, "320700", CODE, NOW, "admin", "MERGED",
                "1132070030010002XW", LocalDate.of(2026, 3, 1), snapshot("ADMIN_ORGAN", "CITY", List.of("HEALTH"),
                "MERGED"));
        Agency agency = AgencyProjection.of(closed);
        assertThat(agency.active()).isFalse();
        assertThat(agency.enforcesIn(EnforcementDomain.HEALTH)).isFalse();
    }

    @Test
    void valuesOutsideTheSharedVocabularyRejectTheEvent() {
        assertThatThrownBy(() -> AgencyProjection.of(registered(1, snapshot("ADMIN_ORGAN", "CITY", List.of("ASTROLOGY"),
                "ACTIVE")))).isInstanceOf(InvalidEventException.class).hasMessageContaining("ASTROLOGY");
        assertThatThrownBy(() -> AgencyProjection.of(registered(1, snapshot("GUILD", "CITY", List.of(), "ACTIVE"))))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("agencyKind");
        assertThatThrownBy(() -> AgencyProjection.of(registered(1, snapshot("ADMIN_ORGAN", null, List.of(), "ACTIVE"))))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("adminLevel");
    }

    @Test
    void everyDomainOfTheContractIsAccepted() {
        Agency agency = AgencyProjection.of(registered(1, snapshot("ADMIN_ORGAN", "CITY",
                List.of("COMMERCE", "HR_SOCIAL_SECURITY"), "ACTIVE")));
        assertThat(agency.domains()).containsExactlyInAnyOrder(EnforcementDomain.COMMERCE,
                EnforcementDomain.HR_SOCIAL_SECURITY);
        assertThat(agency.supervisingJusticeBureauCode()).isEqualTo("113207003001000115");
    }

    @Test
    void anEventAboutAnotherAgencyThanItsSnapshotIsRejected() {
        AgencySnapshot other = new AgencySnapshot("a-2", "1132070030010002XW", "x", "ADMIN_ORGAN", "CITY", "320700",
                null, null, null, null, List.of(), false, false, false, "ACTIVE", null, null);
        assertThatThrownBy(() -> AgencyProjection.of(registered(1, other))).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void onlyANewerVersionReplacesAnEntry() {
        Agency reference = new Agency(CODE, "x", "320700", AgencyKind.ADMIN_ORGAN, AdminLevel.CITY, Set.of(), true);
        assertThat(reference.isOlderThan(1)).isTrue();
        Agency v2 = AgencyProjection.of(registered(2, snapshot("ADMIN_ORGAN", "CITY", List.of(), "ACTIVE")));
        assertThat(v2.isOlderThan(3)).isTrue();
        assertThat(v2.isOlderThan(2)).isFalse();
        assertThat(v2.isOlderThan(1)).isFalse();
    }
}
