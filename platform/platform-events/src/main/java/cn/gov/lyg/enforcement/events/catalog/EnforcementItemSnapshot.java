package cn.gov.lyg.enforcement.events.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * What consumers (inspection: item usability; benchmark: review flags) need to know about one version of an
 * enforcement item without calling the catalog back. Enum values are the stable codes of DOMAIN.md §1.5.
 */
public record EnforcementItemSnapshot(
        String itemId,
        String itemCode,
        String provincialItemCode,
        String name,
        String itemType,
        String domain,
        String parentItemId,
        List<String> implementingAgencyCodes,
        List<String> exerciseLevels,
        String exerciseMode,
        boolean randomCheckItem,
        boolean keySupervision,
        List<LawReference> settingBasis,
        List<LawReference> implementingBasis,
        int itemVersion,
        LocalDate validFrom,
        LocalDate validTo,
        String status) {
}
