package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import java.time.LocalDate;

/** Search criteria for the catalog (all optional, combined with AND). */
public record ItemFilter(ItemType itemType, EnforcementDomain domain, String agencyCode, AdminLevel level,
                         ItemStatus status, String text, LocalDate validOn, Boolean reviewRequired) {

    public ItemFilter(ItemType itemType, EnforcementDomain domain, String agencyCode, AdminLevel level,
                      ItemStatus status, String text, LocalDate validOn) {
        this(itemType, domain, agencyCode, level, status, text, validOn, null);
    }
}
