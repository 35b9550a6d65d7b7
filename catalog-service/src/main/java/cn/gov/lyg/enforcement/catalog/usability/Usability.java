package cn.gov.lyg.enforcement.catalog.usability;

import cn.gov.lyg.enforcement.catalog.item.LawRef;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "is item X usable by agency A in region R on date D, and for what": {@code usable} with every
 * reason against it, the version in force on D and the capacity the agency acts in (DIRECT, ENTRUSTED, or
 * DELEGATED through {@code delegationId}). {@code delegatedTownships} lists townships of the region that hold the
 * power instead of the department on D (the department may not file new cases there).
 */
public record Usability(
        String itemId,
        String itemCode,
        String agencyCode,
        String regionCode,
        String townshipAgencyCode,
        LocalDate date,
        boolean usable,
        List<UsabilityReason> reasons,
        Integer itemVersion,
        String name,
        ItemType itemType,
        ExerciseMode exerciseMode,
        Capacity capacity,
        String delegationId,
        List<LawRef> implementingBasis,
        List<String> relatedCoercionItemIds,
        List<String> delegatedTownships) {

    /** In which capacity the agency exercises the power. */
    public enum Capacity {
        DIRECT, ENTRUSTED, DELEGATED
    }
}
