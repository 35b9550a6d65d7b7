package cn.gov.lyg.enforcement.inspection.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether an agency may plan or carry out an inspection under a catalog item on a date (DOMAIN.md I3, C6):
 * only published INSPECTION items that the agency implements, or that are delegated to it as a township, and not
 * suspended or cancelled on that date.
 */
public final class ItemRules {

    static final String INSPECTION = "INSPECTION";

    /** The refusal code, empty when the item is usable. {@code item} is null when the catalog never published it. */
    public Optional<String> refusal(CatalogItem item, List<TownshipDelegation> delegations, String agencyCode,
                                    LocalDate date) {
        if (item == null || !item.isPublished() || !INSPECTION.equals(item.getItemType())) {
            return Optional.of("ITEM_NOT_PUBLISHED");
        }
        if (item.getCancelledFrom() != null && !date.isBefore(item.getCancelledFrom())) {
            return Optional.of("ITEM_CANCELLED");
        }
        if (item.getSuspendedFrom() != null && !date.isBefore(item.getSuspendedFrom())
                && (item.getSuspendedUntil() == null || !date.isAfter(item.getSuspendedUntil()))) {
            return Optional.of("ITEM_SUSPENDED");
        }
        if ((item.getPublishedFrom() != null && date.isBefore(item.getPublishedFrom()))
                || (item.getValidTo() != null && date.isAfter(item.getValidTo()))) {
            return Optional.of("ITEM_NOT_PUBLISHED");
        }
        boolean own = item.getImplementingAgencyCodes().contains(agencyCode);
        boolean delegated = delegations.stream().anyMatch(d -> d.grants(agencyCode, item, date));
        return own || delegated ? Optional.empty() : Optional.of("ITEM_NOT_PUBLISHED");
    }
}
