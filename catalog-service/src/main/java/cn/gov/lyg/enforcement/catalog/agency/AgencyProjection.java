package cn.gov.lyg.enforcement.catalog.agency;

import cn.gov.lyg.enforcement.catalog.item.AdminLevel;
import cn.gov.lyg.enforcement.catalog.item.EnforcementDomain;
import cn.gov.lyg.enforcement.events.personnel.AgencyEvent;
import cn.gov.lyg.enforcement.events.personnel.AgencySnapshot;
import cn.gov.lyg.enforcement.platform.kafka.InvalidEventException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Builds the catalog's {@link Agency} entry from a personnel agency event: every agency event carries the whole
 * agency after the change, so the entry is the snapshot's code, name, region, kind, level and domains, active while
 * the agency's status is ACTIVE (a MERGED or ABOLISHED agency implements nothing any more, rule C3). A kind, level or
 * domain the catalog does not know is a contract mismatch between the services: the event is rejected (to the DLT)
 * rather than half applied.
 */
public final class AgencyProjection {

    private AgencyProjection() {
    }

    public static Agency of(AgencyEvent event) {
        AgencySnapshot agency = event.agency();
        if (agency == null || !event.agencyCode().equals(agency.agencyCode())) {
            throw new InvalidEventException("event " + event.eventId() + " does not carry agency " + event.agencyCode());
        }
        Set<EnforcementDomain> domains = EnumSet.noneOf(EnforcementDomain.class);
        if (agency.domains() != null) {
            agency.domains().forEach(domain -> domains.add(known(EnforcementDomain.class, domain, "domain", event)));
        }
        return new Agency(agency.agencyCode(), agency.name(), agency.regionCode(),
                known(AgencyKind.class, agency.agencyKind(), "agencyKind", event),
                known(AdminLevel.class, agency.adminLevel(), "adminLevel", event), domains,
                "ACTIVE".equals(agency.status()), event.aggregateVersion());
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value, String field, AgencyEvent event) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidEventException("event " + event.eventId() + ": " + field + " '" + value
                    + "' is unknown to the catalog");
        }
    }
}
