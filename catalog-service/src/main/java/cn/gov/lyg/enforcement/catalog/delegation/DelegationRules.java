package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemStatus;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule C2 for a township delegation (行政处罚法 Art. 24), as a pure function returning every violation:
 * <ul>
 *   <li>{@code ITEM_NOT_ACTIVE}: only an ACTIVE item can be delegated;</li>
 *   <li>{@code DELEGATION_TYPE_NOT_ALLOWED}: the item is a PENALTY item (or a COERCION item related to a delegable
 *       penalty item), exercised at COUNTY level, given by a county-level department;</li>
 *   <li>{@code AGENCY_UNKNOWN}, {@code AGENCY_NOT_IMPLEMENTING}: the department exists and implements the item;</li>
 *   <li>{@code TOWNSHIP_REQUIRED}, {@code TOWNSHIP_NOT_IN_COUNTY}: the receiver is a township government of the
 *       department's county.</li>
 * </ul>
 * The decision document number (published decision) is a required field of the request.
 */
public final class DelegationRules {

    private DelegationRules() {
    }

    /**
     * @param from                 the giving department, null when none was named and none could be derived
     * @param coercionOfPenalty    for a COERCION item: whether an ACTIVE PENALTY item lists it as related measure
     */
    public static List<FieldViolation> check(EnforcementItem item, Agency from, String fromAgencyCode, Agency township,
                                             boolean coercionOfPenalty) {
        List<FieldViolation> errors = new ArrayList<>();
        ItemType type = item.getDefinition().itemType();
        boolean typeAllowed = type == ItemType.PENALTY || (type == ItemType.COERCION && coercionOfPenalty);
        if (!typeAllowed || !item.getDefinition().exerciseLevels().contains(AdminLevel.COUNTY)) {
            errors.add(FieldViolation.of("itemId", "DELEGATION_TYPE_NOT_ALLOWED"));
        }
        if (item.getStatus() != ItemStatus.ACTIVE) {
            errors.add(FieldViolation.of("itemId", "ITEM_NOT_ACTIVE"));
        }
        boolean townshipValid = township != null && township.active() && township.isTownship();
        if ((from == null || !from.active()) && (fromAgencyCode != null || townshipValid)) {
            errors.add(FieldViolation.of("fromAgencyCode",
                    fromAgencyCode == null ? "DELEGATION_TYPE_NOT_ALLOWED" : "AGENCY_UNKNOWN"));
        } else if (from != null) {
            if (from.level() != AdminLevel.COUNTY || from.isTownship() || from.kind() == AgencyKind.JUSTICE_BUREAU) {
                errors.add(FieldViolation.of("fromAgencyCode", "DELEGATION_TYPE_NOT_ALLOWED"));
            } else if (!item.getDefinition().implementingAgencyCodes().contains(from.agencyCode())) {
                errors.add(FieldViolation.of("fromAgencyCode", "AGENCY_NOT_IMPLEMENTING"));
            }
        }
        if (township == null || !township.active()) {
            errors.add(FieldViolation.of("townshipAgencyCode", "AGENCY_UNKNOWN"));
        } else if (!township.isTownship()) {
            errors.add(FieldViolation.of("townshipAgencyCode", "TOWNSHIP_REQUIRED"));
        } else if (from != null && from.regionCode() != null && !from.regionCode().equals(township.regionCode())) {
            errors.add(FieldViolation.of("townshipAgencyCode", "TOWNSHIP_NOT_IN_COUNTY"));
        }
        return errors;
    }
}
