package cn.gov.lyg.enforcement.inspection.item;

import cn.gov.lyg.enforcement.events.catalog.EnforcementItemAdjusted;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemResumed;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSnapshot;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationGranted;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationRecalled;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Item usability: the projection of {@code catalog.items.v1} and {@code catalog.delegations.v1} (only newer aggregate
 * versions change it) and the check used by plans, spot-check tasks and inspections.
 */
@Service
public class ItemService {

    private final ItemStore store;
    private final ItemRules rules = new ItemRules();

    ItemService(ItemStore store) {
        this.store = store;
    }

    /**
     * Refuses (409 {@code ITEM_NOT_PUBLISHED}, {@code ITEM_SUSPENDED}, {@code ITEM_CANCELLED}) the first item the agency
     * may not use on {@code date}. Items are named by catalog id or item code.
     */
    public void requireUsable(String agencyCode, Collection<String> itemIds, LocalDate date) {
        if (itemIds == null || itemIds.isEmpty()) {
            return;
        }
        List<TownshipDelegation> delegations = store.delegationsTo(agencyCode);
        for (String id : itemIds) {
            CatalogItem item = id == null ? null : store.itemByIdOrCode(id).orElse(null);
            rules.refusal(item, delegations, agencyCode, date).ifPresent(code -> {
                throw RuleViolation.conflict(code, id).with("itemId", id).with("date", date.toString());
            });
        }
    }

    void onPublished(EnforcementItemPublished e) {
        apply(e.aggregateId(), e.aggregateVersion(), e.item(), i -> i.published(e.item().validFrom()));
    }

    void onAdjusted(EnforcementItemAdjusted e) {
        apply(e.aggregateId(), e.aggregateVersion(), e.item(), i -> i.published(e.item().validFrom()));
    }

    void onSuspended(EnforcementItemSuspended e) {
        apply(e.aggregateId(), e.aggregateVersion(), e.item(), i -> i.suspended(e.effectiveFrom(), e.suspendedUntil()));
    }

    void onResumed(EnforcementItemResumed e) {
        apply(e.aggregateId(), e.aggregateVersion(), e.item(), i -> i.resumed(e.effectiveFrom()));
    }

    void onCancelled(EnforcementItemCancelled e) {
        apply(e.aggregateId(), e.aggregateVersion(), e.item(), i -> i.cancelled(e.effectiveDate()));
    }

    void onGranted(TownshipDelegationGranted e) {
        TownshipDelegation d = store.delegation(e.aggregateId()).orElseGet(() -> new TownshipDelegation(e.aggregateId()));
        if (d.newerThanStored(e.aggregateVersion())) {
            d.granted(e.aggregateVersion(), e.itemId(), e.coveredItemIds(), e.townshipAgencyCode(),
                    e.fromAgencyCode(), e.effectiveFrom(), e.effectiveTo());
            store.save(d);
        }
    }

    void onRecalled(TownshipDelegationRecalled e) {
        TownshipDelegation d = store.delegation(e.aggregateId()).orElseGet(() -> new TownshipDelegation(e.aggregateId()));
        if (d.newerThanStored(e.aggregateVersion())) {
            d.recalled(e.aggregateVersion(), e.itemId(), e.coveredItemIds(), e.townshipAgencyCode(),
                    e.fromAgencyCode(), e.recallDate());
            store.save(d);
        }
    }

    void clear() {
        store.clear();
    }

    private void apply(String itemId, long version, EnforcementItemSnapshot s, Consumer<CatalogItem> change) {
        CatalogItem item = store.item(itemId).orElseGet(() -> new CatalogItem(itemId));
        if (!item.newerThanStored(version)) {
            return;
        }
        item.snapshot(version, s.itemCode(), s.itemType(), s.domain(), s.implementingAgencyCodes(), s.status(),
                s.validTo());
        change.accept(item);
        store.save(item);
    }
}
