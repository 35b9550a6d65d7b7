package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemService;
import cn.gov.lyg.enforcement.catalog.item.ItemStatus;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Use cases of township delegations 乡镇赋权 and the city list 一市一清单: catalog admins propose, approve, publish,
 * evaluate and recall; any authenticated caller reads published delegations and asks who holds a power
 * (proposals and draft lists exist only for catalog admins); the public reads published ones.
 */
@Service
public class DelegationService {

    private final DelegationStore store;
    private final ItemService items;
    private final AgencyDirectory agencies;
    private final Clock clock;

    public DelegationService(DelegationStore store, ItemService items, AgencyDirectory agencies, Clock clock) {
        this.store = store;
        this.items = items;
        this.agencies = agencies;
        this.clock = clock;
    }

    @CatalogAdminsOnly
    public TownshipDelegation grant(DelegationCommands.Grant command) {
        EnforcementItem item = items.find(command.itemId()).filter(i -> i.getStatus() != ItemStatus.DRAFT)
                .orElseThrow(() -> ApiException.invalid("ITEM_UNKNOWN",
                        List.of(FieldViolation.of("itemId", "ITEM_UNKNOWN"))));
        Agency township = agencies.find(command.townshipAgencyCode()).orElse(null);
        Agency from = command.fromAgencyCode() != null ? agencies.find(command.fromAgencyCode()).orElse(null)
                : defaultDepartment(item, township);
        boolean coercionOfPenalty = item.getDefinition().itemType() == ItemType.COERCION
                && items.existsActivePenaltyRelating(item.getId(), from == null ? null : from.agencyCode());
        List<FieldViolation> errors = DelegationRules.check(item, from, command.fromAgencyCode(), township,
                coercionOfPenalty);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        if (command.cityListId() != null) {
            CityDelegationList list = store.findList(command.cityListId()).orElseThrow(() -> ApiException.invalid(
                    "CITY_LIST_UNKNOWN", List.of(FieldViolation.of("cityListId", "CITY_LIST_UNKNOWN"))));
            list.requireDraft("add");
        }
        if (store.openExists(item.getId(), township.agencyCode())) {
            throw new ApiException(HttpStatus.CONFLICT, "DELEGATION_DUPLICATE",
                    List.of(FieldViolation.of("townshipAgencyCode", "DELEGATION_DUPLICATE")));
        }
        List<String> covered = Stream.concat(Stream.of(item.getId()),
                item.getDefinition().itemType() == ItemType.PENALTY
                        ? item.getDefinition().relatedCoercionItemIds().stream() : Stream.empty()).distinct().toList();
        return store.save(TownshipDelegation.propose(command.cityListId(), item.getId(),
                item.getDefinition().itemCode(), item.getDefinition().itemType().name(), covered, from.agencyCode(),
                township.agencyCode(), from.regionCode(), command.decisionDocNo().trim(), command.effectiveFrom(),
                command.evaluationCycleMonths()));
    }

    @CatalogAdminsOnly
    public TownshipDelegation approve(String id, Long expectedVersion) {
        TownshipDelegation d = load(id, expectedVersion);
        requireActiveItem(d);
        d.approve(clock);
        return store.save(d);
    }

    @CatalogAdminsOnly
    public TownshipDelegation publish(String id, Long expectedVersion, DelegationCommands.Publish command) {
        TownshipDelegation d = load(id, expectedVersion);
        requireActiveItem(d);
        d.publish(command == null ? null : command.effectiveFrom(), command == null ? null : command.effectiveTo(),
                actor(), clock);
        return store.save(d);
    }

    @CatalogAdminsOnly
    public TownshipDelegation evaluate(String id, Long expectedVersion, DelegationCommands.Evaluate command) {
        TownshipDelegation d = load(id, expectedVersion);
        d.evaluate(command.evaluatedOn(), command.result(), command.opinion(), actor(), clock);
        return store.save(d);
    }

    @CatalogAdminsOnly
    public TownshipDelegation recall(String id, Long expectedVersion, DelegationCommands.Recall command) {
        TownshipDelegation d = load(id, expectedVersion);
        d.recall(command.recallDate(), command.reason(), command.decisionDocNo(), actor(), clock);
        return store.save(d);
    }

    @Authenticated
    public TownshipDelegation get(String id) {
        TownshipDelegation d = store.findById(id).orElseThrow(() -> ApiException.notFound("TownshipDelegation", id));
        if (!d.getStatus().published() && !CurrentScope.get().has(Role.CATALOG_ADMIN)) {
            throw ApiException.notFound("TownshipDelegation", id);
        }
        return d;
    }

    @Authenticated
    public Page<TownshipDelegation> search(DelegationFilter filter, Pageable pageable) {
        return store.search(filter, !CurrentScope.get().has(Role.CATALOG_ADMIN), pageable);
    }

    /** 公示: published delegations, no token. */
    public Page<TownshipDelegation> searchPublic(DelegationFilter filter, Pageable pageable) {
        return store.search(filter, true, pageable);
    }

    /** Who holds the power for item X in township T on date D (default today). */
    @Authenticated
    public PowerHolder.Holder holder(String itemId, String townshipAgencyCode, LocalDate date) {
        EnforcementItem item = items.find(itemId)
                .filter(i -> i.getStatus() != ItemStatus.DRAFT || CurrentScope.get().has(Role.CATALOG_ADMIN))
                .orElseThrow(() -> ApiException.notFound("EnforcementItem", itemId));
        Agency township = agencies.find(townshipAgencyCode).filter(Agency::isTownship)
                .orElseThrow(() -> ApiException.invalid("TOWNSHIP_REQUIRED",
                        List.of(FieldViolation.of("townshipAgencyCode", "TOWNSHIP_REQUIRED"))));
        Map<String, Agency> implementing = agencies.find(item.getDefinition().implementingAgencyCodes());
        List<String> all = new ArrayList<>(implementing.keySet());
        item.getHistory().forEach(h -> all.addAll(h.definition().implementingAgencyCodes()));
        return PowerHolder.resolve(item, township, date != null ? date : LocalDate.now(clock),
                store.covering(itemId), agencies.find(all));
    }

    @CatalogAdminsOnly
    public CityDelegationList createList(DelegationCommands.NewCityList command) {
        try {
            return store.save(CityDelegationList.draft(store.nextListVersion(), command == null ? null
                    : command.title()));
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
    }

    /** Publishes a list version and supersedes the previously published one (a second write, safe to repeat). */
    @CatalogAdminsOnly
    public CityDelegationList publishList(String id, Long expectedVersion, DelegationCommands.PublishCityList command) {
        CityDelegationList list = store.findList(id).orElseThrow(() -> ApiException.notFound("CityDelegationList", id));
        Versions.check(list.getVersion(), expectedVersion);
        list.publish(command.approvalDocNo().trim(), clock);
        CityDelegationList saved = store.save(list);
        for (CityDelegationList older : store.publishedLists()) {
            if (older.supersede(saved.getId(), clock)) {
                store.save(older);
            }
        }
        return saved;
    }

    @Authenticated
    public CityDelegationList getList(String id) {
        return store.findList(id)
                .filter(l -> l.getStatus() != CityListStatus.DRAFT || CurrentScope.get().has(Role.CATALOG_ADMIN))
                .orElseThrow(() -> ApiException.notFound("CityDelegationList", id));
    }

    @Authenticated
    public List<CityDelegationList> lists() {
        return store.lists(!CurrentScope.get().has(Role.CATALOG_ADMIN));
    }

    public List<CityDelegationList> publicLists() {
        return store.lists(true);
    }

    public CityDelegationList getPublicList(String id) {
        return store.findList(id).filter(l -> l.getStatus() != CityListStatus.DRAFT)
                .orElseThrow(() -> ApiException.notFound("CityDelegationList", id));
    }

    /** The delegations of a list (all for catalog admins, published ones otherwise). */
    public List<TownshipDelegation> delegationsOf(String listId, boolean publishedOnly) {
        return store.search(new DelegationFilter(null, null, null, null, listId, null), publishedOnly,
                org.springframework.data.domain.PageRequest.of(0, 1000)).getContent();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The county department implementing the item in the township's county (C2), if any. */
    private Agency defaultDepartment(EnforcementItem item, Agency township) {
        if (township == null) {
            return null;
        }
        return agencies.find(item.getDefinition().implementingAgencyCodes()).values().stream()
                .filter(a -> a.level() == AdminLevel.COUNTY && township.regionCode().equals(a.regionCode()))
                .findFirst().orElse(null);
    }

    /** The item may have been suspended or cancelled since the proposal: then it cannot be delegated (C2). */
    private void requireActiveItem(TownshipDelegation d) {
        if (items.find(d.getItemId()).map(i -> i.getStatus() != ItemStatus.ACTIVE).orElse(true)) {
            throw new ApiException(HttpStatus.CONFLICT, "ITEM_NOT_ACTIVE",
                    List.of(FieldViolation.of("itemId", "ITEM_NOT_ACTIVE")));
        }
    }

    private TownshipDelegation load(String id, Long expectedVersion) {
        TownshipDelegation d = store.findById(id).orElseThrow(() -> ApiException.notFound("TownshipDelegation", id));
        Versions.check(d.getVersion(), expectedVersion);
        return d;
    }


    private static String actor() {
        return CurrentScope.get().auditName();
    }
}
