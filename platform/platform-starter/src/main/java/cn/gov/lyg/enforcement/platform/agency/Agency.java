package cn.gov.lyg.enforcement.platform.agency;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * An enforcement agency as a service other than personnel knows it (personnel-service owns agencies): identity,
 * place, kind, level, domains, supervising judicial bureau and whether it is still active. An entry of the
 * {@link AgencyDirectory}, built from personnel's agency events ({@link AgencyProjection}) or from the reference file.
 *
 * @param supervisingJusticeBureauCode the city or county judicial bureau supervising the agency ({@code null} for the
 *                                     city bureau and for entries whose source does not say)
 * @param sourceVersion                the personnel aggregate version of the event this entry was built from
 *                                     ({@code null} for an entry of the reference file): an older or equal version
 *                                     never overwrites a newer one
 */
public record Agency(@Id String agencyCode, String name, String regionCode, AgencyKind kind, AdminLevel level,
                     Set<EnforcementDomain> domains, boolean active, String supervisingJusticeBureauCode,
                     String parentAgencyCode, String townshipCode, Long sourceVersion) {

    @PersistenceCreator
    public Agency {
        domains = domains == null ? Set.of() : Set.copyOf(domains);
    }

    /** An entry not taken from an event (reference data, tests). */
    public Agency(String agencyCode, String name, String regionCode, AgencyKind kind, AdminLevel level,
                  Set<EnforcementDomain> domains, boolean active) {
        this(agencyCode, name, regionCode, kind, level, domains, active, null, null, null, null);
    }

    /** Whether the agency is an active enforcement subject of the domain (a judicial bureau enforces nothing). */
    public boolean enforcesIn(EnforcementDomain domain) {
        return active && kind != AgencyKind.JUSTICE_BUREAU && domains.contains(domain);
    }

    /** A township government or another township-level agency. */
    public boolean isTownship() {
        return kind == AgencyKind.TOWNSHIP_GOV || level == AdminLevel.TOWNSHIP;
    }

    /** Whether an event of the given aggregate version may replace this entry (events can be redelivered). */
    public boolean isOlderThan(long version) {
        return sourceVersion == null || sourceVersion < version;
    }
}
