package cn.gov.lyg.enforcement.catalog.agency;

import cn.gov.lyg.enforcement.catalog.item.AdminLevel;
import cn.gov.lyg.enforcement.catalog.item.EnforcementDomain;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The catalog's projection of an enforcement agency (personnel-service owns agencies): enough to check rule C3
 * (an implementing agency must be an enforcement subject whose domains include the item's domain) and C5
 * (a township government implements items only through a delegation). Seeded with the Lianyungang reference
 * agencies until personnel-service publishes agency events.
 */
@Document("agencies")
public record Agency(@Id String agencyCode, String name, String regionCode, AgencyKind kind, AdminLevel level,
                     Set<EnforcementDomain> domains, boolean active) {

    public boolean enforcesIn(EnforcementDomain domain) {
        return active && kind != AgencyKind.JUSTICE_BUREAU && domains != null && domains.contains(domain);
    }

    public boolean isTownship() {
        return kind == AgencyKind.TOWNSHIP_GOV || level == AdminLevel.TOWNSHIP;
    }
}
