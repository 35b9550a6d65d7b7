package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.catalog.usability.ItemUsability;
import cn.gov.lyg.enforcement.catalog.usability.UsabilityReason;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Who holds the power for item X in township T on date D" (DOMAIN.md §2.4.2) as a pure function: while a
 * delegation is in force on D (effectiveFrom ≤ D ≤ effectiveTo/recall date, inclusive) the township, exclusively;
 * otherwise the implementing departments whose area covers the township (county ones first). A case filed on
 * the recall date itself still belongs to the township; one filed the day after goes back to the department.
 */
public final class PowerHolder {

    private PowerHolder() {
    }

    /** Who holds the power. */
    public enum HolderKind {
        TOWNSHIP, DEPARTMENT, NONE
    }

    /** Why: the delegation in force, none at all, not yet effective, or recalled. */
    public enum Basis {
        DELEGATION_IN_FORCE, NO_DELEGATION, DELEGATION_NOT_YET_EFFECTIVE, DELEGATION_RECALLED, ITEM_NOT_USABLE
    }

    /** The answer. */
    public record Holder(String itemId, String itemCode, String townshipAgencyCode, LocalDate date, HolderKind holder,
                         List<String> agencyCodes, String delegationId, Basis basis, List<UsabilityReason> reasons) {
    }

    public static Holder resolve(EnforcementItem item, Agency township, LocalDate date,
                                 List<TownshipDelegation> delegations, Map<String, Agency> agencies) {
        String itemCode = item.getDefinition().itemCode();
        List<UsabilityReason> itemReasons = ItemUsability.itemReasons(item, date);
        if (!itemReasons.isEmpty()) {
            return new Holder(item.getId(), itemCode, township.agencyCode(), date, HolderKind.NONE, List.of(), null,
                    Basis.ITEM_NOT_USABLE, itemReasons);
        }
        List<TownshipDelegation> mine = delegations.stream()
                .filter(d -> d.getTownshipAgencyCode().equals(township.agencyCode()))
                .filter(d -> d.getCoveredItemIds().contains(item.getId()))
                .filter(d -> d.getStatus().published())
                .toList();
        Optional<TownshipDelegation> inForce = mine.stream().filter(d -> d.inForceOn(date)).findFirst();
        if (inForce.isPresent()) {
            return new Holder(item.getId(), itemCode, township.agencyCode(), date, HolderKind.TOWNSHIP,
                    List.of(township.agencyCode()), inForce.get().getId(), Basis.DELEGATION_IN_FORCE, List.of());
        }
        Basis basis = Basis.NO_DELEGATION;
        if (mine.stream().anyMatch(d -> d.getEffectiveTo() != null && date.isAfter(d.getEffectiveTo()))) {
            basis = Basis.DELEGATION_RECALLED;
        } else if (mine.stream().anyMatch(d -> d.getEffectiveFrom() != null && date.isBefore(d.getEffectiveFrom()))) {
            basis = Basis.DELEGATION_NOT_YET_EFFECTIVE;
        }
        ItemDefinition definition = item.versionOn(date).map(EnforcementItem.ItemVersionRecord::definition)
                .orElse(item.getDefinition());
        List<String> departments = definition.implementingAgencyCodes().stream().map(agencies::get)
                .filter(Objects::nonNull)
                .filter(a -> a.active() && !a.isTownship() && DataScope.covers(a.regionCode(), township.regionCode()))
                .sorted(Comparator.comparing((Agency a) -> a.level() == AdminLevel.COUNTY ? 0 : 1)
                        .thenComparing(Agency::agencyCode))
                .map(Agency::agencyCode).toList();
        if (departments.isEmpty()) {
            return new Holder(item.getId(), itemCode, township.agencyCode(), date, HolderKind.NONE, List.of(), null,
                    basis, List.of(UsabilityReason.AGENCY_NOT_IMPLEMENTING));
        }
        return new Holder(item.getId(), itemCode, township.agencyCode(), date, HolderKind.DEPARTMENT, departments,
                null, basis, List.of());
    }
}
