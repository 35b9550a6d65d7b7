package cn.gov.lyg.enforcement.personnel.agency;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CLOCK;
import static cn.gov.lyg.enforcement.personnel.Fixtures.HZ_JUSTICE;
import static cn.gov.lyg.enforcement.personnel.Fixtures.HZ_MARKET;
import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.personnel.AgencyChanged;
import cn.gov.lyg.enforcement.events.personnel.AgencyClosed;
import cn.gov.lyg.enforcement.events.personnel.AgencyRegistered;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.Fixtures;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Agency events on personnel.agencies.v1, raised by the aggregate. */
class AgencyEventsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static AgencyRequest request(String name, EnforcementDomain... domains) {
        return new AgencyRequest(name, HZ_MARKET, AgencyKind.ADMIN_ORGAN, AdminLevel.COUNTY, "320706", null,
                Fixtures.CITY_MARKET, HZ_JUSTICE, Set.of(domains), null, null, null, null, null);
    }

    static <T extends DomainEvent> T only(Agency agency, Class<T> type) {
        assertThat(agency.pendingEvents()).hasSize(1).first().isInstanceOf(type);
        T event = type.cast(agency.pendingEvents().get(0));
        assertThat(EventSchemas.validate(type, JSON.valueToTree(event))).as(type.getSimpleName()).isEmpty();
        agency.appendToOutbox(List.of());
        return event;
    }

    @Test
    void registrationAnnouncesTheWholeAgencyOnce() {
        Agency agency = Agency.register(request("海州区市场监督管理局", EnforcementDomain.MARKET), "hz-supervisor", CLOCK);
        AgencyRegistered e = only(agency, AgencyRegistered.class);
        assertThat(e.aggregateId()).isEqualTo(agency.getId());
        assertThat(e.aggregateVersion()).isZero();
        assertThat(e.agencyCode()).isEqualTo(HZ_MARKET);
        assertThat(e.regionCode()).isEqualTo("320706");
        assertThat(e.actor()).isEqualTo("hz-supervisor");
        assertThat(e.agency().name()).isEqualTo("海州区市场监督管理局");
        assertThat(e.agency().agencyKind()).isEqualTo("ADMIN_ORGAN");
        assertThat(e.agency().adminLevel()).isEqualTo("COUNTY");
        assertThat(e.agency().parentAgencyCode()).isEqualTo(Fixtures.CITY_MARKET);
        assertThat(e.agency().supervisingJusticeBureauCode()).isEqualTo(HZ_JUSTICE);
        assertThat(e.agency().domains()).containsExactly("MARKET");
        assertThat(e.agency().status()).isEqualTo("ACTIVE");
        assertThat(e.agency().judicialOffice()).isFalse();
        assertThat(agency.isAnnounced()).isTrue();
        assertThat(agency.announce("system", CLOCK)).as("announced already").isFalse();
        assertThat(agency.pendingEvents()).isEmpty();
    }

    @Test
    void anUpdateNamesTheChangedFieldsAndANoChangeUpdateAnnouncesNothing() {
        Agency agency = Agency.register(request("海州区市场监督管理局", EnforcementDomain.MARKET), "hz-supervisor", CLOCK);
        agency.appendToOutbox(List.of());
        agency.update(request("海州区市场监督管理局（知识产权局）", EnforcementDomain.MARKET, EnforcementDomain.COMMERCE),
                "hz-supervisor", CLOCK);
        AgencyChanged e = only(agency, AgencyChanged.class);
        assertThat(e.changedFields()).containsExactlyInAnyOrder("name", "domains");
        assertThat(e.agency().domains()).containsExactly("MARKET", "COMMERCE");
        agency.update(request("海州区市场监督管理局（知识产权局）", EnforcementDomain.COMMERCE, EnforcementDomain.MARKET),
                "hz-supervisor", CLOCK);
        assertThat(agency.pendingEvents()).isEmpty();
        assertThat(agency.pendingAudit()).isNotEmpty();
    }

    @Test
    void aMergerCarriesItsSuccessorAndTakesEffectOnItsDay() {
        Agency agency = Agency.register(request("海州区市场监督管理局", EnforcementDomain.MARKET), "hz-supervisor", CLOCK);
        agency.appendToOutbox(List.of());
        agency.close(AgencyStatus.MERGED, Fixtures.CITY_MARKET, TODAY.plusDays(5), "city-supervisor", CLOCK);
        AgencyClosed e = only(agency, AgencyClosed.class);
        assertThat(e.status()).isEqualTo("MERGED");
        assertThat(e.successorAgencyCode()).isEqualTo(Fixtures.CITY_MARKET);
        assertThat(e.effectiveDate()).isEqualTo(TODAY.plusDays(5));
        assertThat(e.effectiveAt().toLocalDate()).isEqualTo(TODAY.plusDays(5));
        assertThat(e.agency().status()).isEqualTo("MERGED");
        assertThat(e.agency().successorAgencyCode()).isEqualTo(Fixtures.CITY_MARKET);
        assertThatThrownBy(() -> agency.update(request("x", EnforcementDomain.MARKET), "s", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
        assertThat(agency.pendingEvents()).isEmpty();
    }

    @Test
    void anAbolitionHasNoSuccessor() {
        Agency agency = Agency.register(request("海州区市场监督管理局", EnforcementDomain.MARKET), "hz-supervisor", CLOCK);
        agency.appendToOutbox(List.of());
        agency.close(AgencyStatus.ABOLISHED, null, TODAY, "city-supervisor", CLOCK);
        AgencyClosed e = only(agency, AgencyClosed.class);
        assertThat(e.status()).isEqualTo("ABOLISHED");
        assertThat(e.successorAgencyCode()).isNull();
    }

    @Test
    void aJudicialOfficeIsMarkedInTheSnapshot() {
        Agency office = Agency.register(new AgencyRequest("海州区新坝司法所", "113207063002000399",
                AgencyKind.JUSTICE_BUREAU, AdminLevel.TOWNSHIP, "320706", "320706100", HZ_JUSTICE, HZ_JUSTICE,
                Set.of(), null, null, null, null, null), "hz-supervisor", CLOCK);
        AgencyRegistered e = only(office, AgencyRegistered.class);
        assertThat(e.agency().judicialOffice()).isTrue();
        assertThat(e.agency().townshipCode()).isEqualTo("320706100");
        assertThat(e.agency().domains()).isEmpty();
    }
}
