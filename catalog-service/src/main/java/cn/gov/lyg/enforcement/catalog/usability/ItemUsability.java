package cn.gov.lyg.enforcement.catalog.usability;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem.ItemVersionRecord;
import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.catalog.item.ItemStatus;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The usability rule as a pure function (DOMAIN.md §2.4.2, C2, C5, C6). All dates are calendar dates in
 * Asia/Shanghai and every bound is inclusive: an item cancelled from 2025-09-01 is usable on 2025-08-31 and not on
 * 2025-09-01; a suspension "until 2025-10-31" still blocks 2025-10-31.
 * <ul>
 *   <li>the item must be published ({@code ITEM_NOT_PUBLISHED}), have a version in force on the date
 *       ({@code ITEM_NOT_YET_VALID} before the first version, {@code ITEM_EXPIRED} after the last one's validTo),
 *       not be cancelled on the date ({@code ITEM_CANCELLED}) nor suspended ({@code ITEM_SUSPENDED});</li>
 *   <li>a department must be an implementing agency of the version in force ({@code AGENCY_NOT_IMPLEMENTING}) and
 *       the region must lie in its area ({@code REGION_OUTSIDE_AGENCY_AREA}); inside a township whose delegation is
 *       in force on the date, the township holds the power exclusively ({@code DELEGATED_TO_TOWNSHIP});</li>
 *   <li>a township uses an item only through a delegation in force on the date (C5), otherwise
 *       {@code AGENCY_NOT_IMPLEMENTING}.</li>
 * </ul>
 */
public final class ItemUsability {

    private ItemUsability() {
    }

    /** The item-level reasons alone (state and validity on {@code date}). */
    public static List<UsabilityReason> itemReasons(EnforcementItem item, LocalDate date) {
        List<UsabilityReason> reasons = new ArrayList<>();
        if (item.getStatus() == ItemStatus.DRAFT) {
            reasons.add(UsabilityReason.ITEM_NOT_PUBLISHED);
            return reasons;
        }
        if (item.versionOn(date).isEmpty()) {
            reasons.add(date.isBefore(firstValidFrom(item)) ? UsabilityReason.ITEM_NOT_YET_VALID
                    : UsabilityReason.ITEM_EXPIRED);
        }
        if (item.getCancelledFrom() != null && !date.isBefore(item.getCancelledFrom())) {
            reasons.add(UsabilityReason.ITEM_CANCELLED);
        }
        if (item.suspensionOn(date).isPresent()) {
            reasons.add(UsabilityReason.ITEM_SUSPENDED);
        }
        return reasons;
    }

    /**
     * @param agency             the agency asked about, null when unknown
     * @param regionCode         6-digit region the power would be used in, null for "anywhere in the agency's area"
     * @param townshipAgencyCode the township (by its agency code) whose area is concerned, optional
     * @param delegations        published delegations covering this item (any status from PUBLISHED on)
     */
    public static Usability evaluate(EnforcementItem item, String agencyCode, Agency agency, String regionCode,
                                     String townshipAgencyCode, LocalDate date, List<DelegationPeriod> delegations) {
        List<UsabilityReason> reasons = itemReasons(item, date);
        Optional<ItemVersionRecord> version = item.getStatus() == ItemStatus.DRAFT ? Optional.empty()
                : item.versionOn(date);
        ItemDefinition definition = version.map(ItemVersionRecord::definition).orElse(item.getDefinition());
        Usability.Capacity capacity = null;
        String delegationId = null;
        List<String> delegatedTownships = new ArrayList<>();
        if (agency == null || !agency.active()) {
            reasons.add(UsabilityReason.AGENCY_UNKNOWN);
        } else if (agency.isTownship()) {
            Optional<DelegationPeriod> held = delegations.stream()
                    .filter(d -> d.townshipAgencyCode().equals(agency.agencyCode()) && d.covers(date)).findFirst();
            if (held.isEmpty()) {
                reasons.add(UsabilityReason.AGENCY_NOT_IMPLEMENTING);
            } else {
                capacity = Usability.Capacity.DELEGATED;
                delegationId = held.get().delegationId();
            }
            if (regionCode != null && !regionCode.equals(agency.regionCode())) {
                reasons.add(UsabilityReason.REGION_OUTSIDE_AGENCY_AREA);
            }
        } else {
            if (!definition.implementingAgencyCodes().contains(agency.agencyCode())) {
                reasons.add(UsabilityReason.AGENCY_NOT_IMPLEMENTING);
            } else {
                capacity = definition.exerciseMode() == ExerciseMode.ENTRUSTED ? Usability.Capacity.ENTRUSTED
                        : Usability.Capacity.DIRECT;
            }
            if (regionCode != null && !DataScope.covers(agency.regionCode(), regionCode)) {
                reasons.add(UsabilityReason.REGION_OUTSIDE_AGENCY_AREA);
            }
            List<DelegationPeriod> inForce = delegations.stream().filter(d -> d.covers(date))
                    .filter(d -> regionCode == null || d.regionCode() == null || d.regionCode().equals(regionCode)
                            || DataScope.covers(regionCode, d.regionCode()))
                    .filter(d -> DataScope.covers(agency.regionCode(), d.regionCode()))
                    .toList();
            inForce.forEach(d -> delegatedTownships.add(d.townshipAgencyCode()));
            if (townshipAgencyCode != null
                    && delegations.stream().anyMatch(d -> d.townshipAgencyCode().equals(townshipAgencyCode)
                    && d.covers(date))) {
                reasons.add(UsabilityReason.DELEGATED_TO_TOWNSHIP);
            }
        }
        boolean usable = reasons.isEmpty();
        return new Usability(item.getId(), item.getDefinition().itemCode(), agencyCode, regionCode, townshipAgencyCode,
                date, usable, List.copyOf(reasons), version.map(ItemVersionRecord::itemVersion).orElse(null),
                definition.name(), definition.itemType(), definition.exerciseMode(), usable ? capacity : null,
                usable ? delegationId : null, definition.implementingBasis(), definition.relatedCoercionItemIds(),
                List.copyOf(delegatedTownships));
    }

    private static LocalDate firstValidFrom(EnforcementItem item) {
        LocalDate first = item.getValidFrom();
        for (ItemVersionRecord h : item.getHistory()) {
            if (h.validFrom().isBefore(first)) {
                first = h.validFrom();
            }
        }
        return first;
    }
}
