package cn.gov.lyg.enforcement.platform.agency;

import cn.gov.lyg.enforcement.events.personnel.AgencyEvent;
import cn.gov.lyg.enforcement.events.personnel.AgencySnapshot;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.kafka.InvalidEventException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Builds the {@link Agency} entry from a personnel agency event: every agency event carries the whole agency after
 * the change, so the entry is the snapshot's code, name, region, kind, level, domains and hierarchy, active while the
 * agency's status is ACTIVE (a MERGED or ABOLISHED agency acts no more). The vocabulary enums are exactly the
 * schema's values, so a kind, level or domain they do not know is a contract violation: the event is rejected (to the
 * DLT) rather than half applied.
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
                "ACTIVE".equals(agency.status()), agency.supervisingJusticeBureauCode(), agency.parentAgencyCode(),
                agency.townshipCode(), event.aggregateVersion());
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value, String field, AgencyEvent event) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidEventException("event " + event.eventId() + ": " + field + " '" + value
                    + "' is not in the shared vocabulary");
        }
    }
}
