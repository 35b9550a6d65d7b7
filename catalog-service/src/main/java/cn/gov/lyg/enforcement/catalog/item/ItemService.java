package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Use cases of the item catalog, with their authorization: catalog admins write; any authenticated caller reads
 * (drafts only catalog admins: to anyone else a draft does not exist); the public reads active items.
 */
@Service
public class ItemService {

    static final List<ItemStatus> NON_DRAFT = List.of(ItemStatus.ACTIVE, ItemStatus.SUSPENDED, ItemStatus.CANCELLED);
    static final List<ItemStatus> PUBLIC = List.of(ItemStatus.ACTIVE);

    private final ItemStore store;
    private final ItemSearchIndex searchIndex;
    private final AgencyDirectory agencies;
    private final Clock clock;

    public ItemService(ItemStore store, ItemSearchIndex searchIndex, AgencyDirectory agencies, Clock clock) {
        this.store = store;
        this.searchIndex = searchIndex;
        this.agencies = agencies;
        this.clock = clock;
    }

    @CatalogAdminsOnly
    public EnforcementItem create(ItemDefinition definition) {
        checkRules(definition);
        if (store.existsByItemCode(definition.itemCode())) {
            throw duplicate(definition.itemCode());
        }
        try {
            return store.save(EnforcementItem.draft(definition, clock));
        } catch (DuplicateKeyException e) {
            throw duplicate(definition.itemCode());
        }
    }

    @CatalogAdminsOnly
    public EnforcementItem revise(String id, Long expectedVersion, ItemDefinition definition) {
        EnforcementItem item = load(id);
        Versions.check(item, expectedVersion);
        checkRules(definition);
        if (!item.getDefinition().itemCode().equals(definition.itemCode()) && store.existsByItemCode(definition.itemCode())) {
            throw duplicate(definition.itemCode());
        }
        item.revise(definition, clock);
        return store.save(item);
    }

    @CatalogAdminsOnly
    public EnforcementItem publish(String id, Long expectedVersion) {
        EnforcementItem item = load(id);
        Versions.check(item, expectedVersion);
        // C3 again at publication: the agencies may have changed since the draft was written
        checkRules(item.getDefinition());
        item.publish(CurrentScope.get().auditName(), clock);
        return store.save(item);
    }

    @CatalogAdminsOnly
    public EnforcementItem adjust(String id, Long expectedVersion, ItemCommands.Adjust command) {
        EnforcementItem item = load(id);
        Versions.check(item, expectedVersion);
        checkRules(command.definition());
        item.adjust(command.definition(), command.effectiveFrom(), command.reason(), command.note(), actor(), clock);
        return store.save(item);
    }

    @CatalogAdminsOnly
    public EnforcementItem suspend(String id, Long expectedVersion, ItemCommands.Suspend command) {
        EnforcementItem item = load(id);
        Versions.check(item, expectedVersion);
        item.suspend(command.reason(), command.note(), command.effectiveFrom(), command.until(), actor(), clock);
        return store.save(item);
    }

    @CatalogAdminsOnly
    public EnforcementItem resume(String id, Long expectedVersion, ItemCommands.Resume command) {
        EnforcementItem item = load(id);
        Versions.check(item, expectedVersion);
        item.resume(command == null ? null : command.effectiveFrom(), actor(), clock);
        return store.save(item);
    }

    @CatalogAdminsOnly
    public EnforcementItem cancel(String id, Long expectedVersion, ItemCommands.Cancel command) {
        EnforcementItem item = load(id);
        Versions.check(item, expectedVersion);
        item.cancel(command.reason(), command.note(), command.effectiveDate(), actor(), clock);
        return store.save(item);
    }

    private static String actor() {
        return CurrentScope.get().auditName();
    }

    // ---- for the catalog's other features (clean-up, delegations, law changes, spreadsheets, usability): no
    // authorization of their own, the calling use case has checked it; writes store changes those features made
    // through the aggregate's own methods.

    /** The item, unchecked. */
    public Optional<EnforcementItem> find(String id) {
        return id == null ? Optional.empty() : store.findById(id);
    }

    public boolean existsByItemCode(String itemCode) {
        return store.existsByItemCode(itemCode);
    }

    /** Whether an ACTIVE penalty item relating the coercive measure is implemented by the agency (rule C2). */
    public boolean existsActivePenaltyRelating(String coercionItemId, String agencyCode) {
        return store.existsActivePenaltyRelating(coercionItemId, agencyCode);
    }

    /** Items in the given states citing a law (law changes 立改废释). */
    public List<EnforcementItem> citing(String lawName, List<ItemStatus> statuses) {
        return store.citing(lawName, statuses);
    }

    /** Which of the codes are taken already (imports). */
    public Set<String> existingCodes(Collection<String> codes) {
        return store.existingCodes(codes);
    }

    /** Inserts new items at once (imports of rows that passed every rule). */
    public Collection<EnforcementItem> insertAll(Collection<EnforcementItem> items) {
        return store.insertAll(items);
    }

    /** Stores an item changed by another feature through the aggregate's methods (version-checked). */
    public EnforcementItem save(EnforcementItem item) {
        return store.save(item);
    }

    @Authenticated
    public EnforcementItem get(String id) {
        EnforcementItem item = load(id);
        if (item.getStatus() == ItemStatus.DRAFT && !CurrentScope.get().has(Role.CATALOG_ADMIN)) {
            throw ApiException.notFound("EnforcementItem", id);
        }
        return item;
    }

    /**
     * The catalog list, answered by the in-memory search model ({@link ItemSearchIndex}); only while that has not
     * been loaded yet (MongoDB unreachable at start-up) by a MongoDB query.
     */
    @Authenticated
    public Page<ItemView> search(ItemFilter filter, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        if (filter.status() == ItemStatus.DRAFT && !scope.has(Role.CATALOG_ADMIN)) {
            return Page.empty(pageable);
        }
        return find(filter, scope.has(Role.CATALOG_ADMIN) ? null : NON_DRAFT, pageable);
    }

    /**
     * Like {@link #search}, with the full documents (for the spreadsheet export), read from MongoDB through one
     * cursor: at most {@code limit} items in {@code sort} order, each handed to {@code action}.
     */
    @Authenticated
    public void forEachDocument(ItemFilter filter, Sort sort, int limit, Consumer<EnforcementItem> action) {
        DataScope scope = CurrentScope.get();
        if (filter.status() == ItemStatus.DRAFT && !scope.has(Role.CATALOG_ADMIN)) {
            return;
        }
        store.forEach(filter, scope.has(Role.CATALOG_ADMIN) ? null : NON_DRAFT, sort, limit, action);
    }

    /** 公示: active items only, for anyone, without a token. */
    public Page<ItemView> searchPublic(ItemFilter filter, Pageable pageable) {
        return find(new ItemFilter(filter.itemType(), filter.domain(), filter.agencyCode(), filter.level(),
                null, filter.text(), filter.validOn()), PUBLIC, pageable);
    }

    private Page<ItemView> find(ItemFilter filter, List<ItemStatus> visible, Pageable pageable) {
        if (searchIndex.isLoaded()) {
            return searchIndex.search(filter, visible, pageable);
        }
        return store.search(filter, visible, pageable).map(ItemView::of);
    }

    public EnforcementItem getPublic(String id) {
        return store.findById(id).filter(item -> PUBLIC.contains(item.getStatus()))
                .orElseThrow(() -> ApiException.notFound("EnforcementItem", id));
    }

    private EnforcementItem load(String id) {
        return store.findById(id).orElseThrow(() -> ApiException.notFound("EnforcementItem", id));
    }

    /** C3/C5 and the other content rules; public so that clean-up batches check proposed definitions alike. */
    public void checkRules(ItemDefinition definition) {
        List<FieldViolation> errors = ItemRules.check(definition, agencies.find(definition.implementingAgencyCodes()));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
    }


    private static ApiException duplicate(String itemCode) {
        return new ApiException(HttpStatus.CONFLICT, "ITEM_CODE_DUPLICATE",
                List.of(FieldViolation.of("itemCode", "ITEM_CODE_DUPLICATE")), itemCode);
    }
}
