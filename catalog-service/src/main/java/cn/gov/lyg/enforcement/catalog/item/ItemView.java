package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The API representation of an item; enum codes come with their Chinese display names. */
public record ItemView(
        String id,
        String itemCode,
        String provincialItemCode,
        String name,
        ItemType itemType,
        String itemTypeName,
        EnforcementDomain domain,
        String domainName,
        String parentItemId,
        List<LawRef> settingBasis,
        List<LawRef> implementingBasis,
        List<String> implementingAgencyCodes,
        String handlingUnit,
        List<AdminLevel> exerciseLevels,
        ExerciseMode exerciseMode,
        boolean randomCheckItem,
        boolean keySupervision,
        List<String> relatedCoercionItemIds,
        String accountabilityCases,
        int itemVersion,
        LocalDate validFrom,
        LocalDate validTo,
        ItemStatus status,
        String statusName,
        List<String> allowedActions,
        Instant publishedAt,
        Long version,
        Instant createdAt,
        String createdBy,
        Instant modifiedAt,
        String modifiedBy,
        StatusReason statusReason,
        String statusNote,
        LocalDate cancelledFrom,
        List<EnforcementItem.Suspension> suspensions,
        boolean reviewRequired,
        List<EnforcementItem.ReviewFlag> reviewFlags) {

    public static ItemView of(EnforcementItem item) {
        ItemDefinition d = item.getDefinition();
        return new ItemView(item.getId(), d.itemCode(), d.provincialItemCode(), d.name(), d.itemType(),
                d.itemType().displayName(), d.domain(), d.domain().displayName(), d.parentItemId(), d.settingBasis(),
                d.implementingBasis(), d.implementingAgencyCodes(), d.handlingUnit(),
                d.exerciseLevels().stream().sorted().toList(), d.exerciseMode(), d.randomCheckItem(),
                d.keySupervision(), d.relatedCoercionItemIds(), d.accountabilityCases(), item.getItemVersion(),
                item.getValidFrom(), item.getValidTo(), item.getStatus(), item.getStatus().displayName(),
                item.getStatus().allowedActions(), item.getPublishedAt(), item.getVersion(), item.getCreatedAt(),
                item.getCreatedBy(), item.getModifiedAt(), item.getModifiedBy(), item.getStatusReason(),
                item.getStatusNote(), item.getCancelledFrom(), item.getSuspensions(), item.isReviewRequired(),
                item.getReviewFlags());
    }

    /** What the public disclosure (公示) shows: no audit fields, no internal actions. */
    public record Public(String id, String itemCode, String name, ItemType itemType, String itemTypeName,
                         EnforcementDomain domain, String domainName, List<LawRef> settingBasis,
                         List<LawRef> implementingBasis, List<String> implementingAgencyCodes, String handlingUnit,
                         List<AdminLevel> exerciseLevels, ExerciseMode exerciseMode, String accountabilityCases,
                         int itemVersion, LocalDate validFrom, LocalDate validTo, ItemStatus status) {

        public static Public of(EnforcementItem item) {
            ItemDefinition d = item.getDefinition();
            return new Public(item.getId(), d.itemCode(), d.name(), d.itemType(), d.itemType().displayName(),
                    d.domain(), d.domain().displayName(), d.settingBasis(), d.implementingBasis(),
                    d.implementingAgencyCodes(), d.handlingUnit(), d.exerciseLevels().stream().sorted().toList(),
                    d.exerciseMode(), d.accountabilityCases(), item.getItemVersion(), item.getValidFrom(),
                    item.getValidTo(), item.getStatus());
        }

        /** The same, from the full view (the in-memory search model holds full views). */
        public static Public of(ItemView v) {
            return new Public(v.id(), v.itemCode(), v.name(), v.itemType(), v.itemTypeName(), v.domain(),
                    v.domainName(), v.settingBasis(), v.implementingBasis(), v.implementingAgencyCodes(),
                    v.handlingUnit(), v.exerciseLevels(), v.exerciseMode(), v.accountabilityCases(), v.itemVersion(),
                    v.validFrom(), v.validTo(), v.status());
        }
    }
}
