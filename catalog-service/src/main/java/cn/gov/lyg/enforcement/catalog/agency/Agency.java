package cn.gov.lyg.enforcement.catalog.agency;

import cn.gov.lyg.enforcement.catalog.item.AdminLevel;
import cn.gov.lyg.enforcement.catalog.item.EnforcementDomain;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The catalog's projection of an enforcement agency (personnel-service owns agencies): enough to check rule C3
 * (an implementing agency must be an enforcement subject whose domains include the item's domain) and C5
 * (a township government implements items only through a delegation). Kept from personnel-service's agency events
 * ({@link AgencyEventConsumer}); the Lianyungang reference agencies are loaded into an empty projection at start-up
 * so that the catalog works before the first event arrives.
 *
 * @param sourceVersion the personnel aggregate version of the event this entry was built from ({@code null} for an
 *                      entry of the reference file): an older or equal version never overwrites a newer one
 */
@Document("agencies")
public record Agency(@Id String agencyCode, String name, String regionCode, AgencyKind kind, AdminLevel level,
                     Set<EnforcementDomain> domains, boolean active, Long sourceVersion) {

    @PersistenceCreator
    public Agency {
    }

    /** An entry not taken from an event (reference data, tests). */
    public Agency(String agencyCode, String name, String regionCode, AgencyKind kind, AdminLevel level,
                  Set<EnforcementDomain> domains, boolean active) {
        this(agencyCode, name, regionCode, kind, level, domains, active, null);
    }

    public boolean enforcesIn(EnforcementDomain domain) {
        return active && kind != AgencyKind.JUSTICE_BUREAU && domains != null && domains.contains(domain);
    }

    public boolean isTownship() {
        return kind == AgencyKind.TOWNSHIP_GOV || level == AdminLevel.TOWNSHIP;
    }

    /** Whether an event of the given aggregate version may replace this entry (events can be redelivered). */
    public boolean isOlderThan(long version) {
        return sourceVersion == null || sourceVersion < version;
    }
}
