package cn.gov.lyg.enforcement.catalog.cleanup;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.catalog.item.ItemService;
import cn.gov.lyg.enforcement.catalog.item.ItemStatus;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOrCatalogAdmins;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * 事项清理: agency admins draft and submit batches for their own agency's items; judicial-bureau supervisors whose
 * region covers the agency's review and approve them; catalog admins publish them. Others get 404 (a batch
 * outside the caller's scope does not exist for them).
 *
 * <p>Publication without multi-document transactions: every change is first tried in memory (nothing is written
 * if one cannot be applied any more); then each change is one write of its item, which records the change id in
 * the same document, followed by a write of the batch marking the change applied. Publishing again resumes an
 * interrupted run: a change already recorded in its item is only marked in the batch, never applied twice.
 */
@Service
public class CleanupService implements MongoIndexContributor {

    private final MongoTemplate mongo;
    private final ItemService itemService;
    private final Clock clock;

    public CleanupService(MongoTemplate mongo, ItemService itemService, Clock clock) {
        this.mongo = mongo;
        this.itemService = itemService;
        this.clock = clock;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(CleanupBatch.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).named("ix_agency_status"));
    }

    @AgencyAdminsOnly
    public CleanupBatch create(CleanupCommands.Create command) {
        DataScope scope = CurrentScope.get();
        if (scope.agencyCode() == null || scope.regionCode() == null) {
            throw ApiException.forbidden("ACCESS_DENIED");
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<CleanupChange> changes = new ArrayList<>();
        Set<String> seenItems = new HashSet<>();
        Set<String> seenCodes = new HashSet<>();
        for (int i = 0; i < command.changes().size(); i++) {
            CleanupCommands.Change c = command.changes().get(i);
            String field = "changes[" + i + "]";
            CleanupChange change = new CleanupChange(UUID.randomUUID().toString(), c.action(),
                    c.action() == CleanupAction.ADD ? null : c.itemId(), c.definition(), c.reason(), c.basis().trim(),
                    c.effectiveDate(), c.until(), false, null, null);
            String code = check(change, scope.agencyCode(), field, errors);
            if (code == null && change.itemId() != null && !seenItems.add(change.itemId())) {
                errors.add(FieldViolation.of(field + ".itemId", "CLEANUP_CHANGE_INVALID"));
            }
            if (code == null && change.action() == CleanupAction.ADD
                    && !seenCodes.add(change.definition().itemCode())) {
                errors.add(FieldViolation.of(field + ".definition.itemCode", "ITEM_CODE_DUPLICATE"));
            }
            changes.add(change);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        return mongo.save(CleanupBatch.draft(scope.agencyCode(), scope.regionCode(), command.reason().trim(), changes,
                clock));
    }

    @AgencyAdminsOnly
    public CleanupBatch submit(String id, Long expectedVersion) {
        CleanupBatch batch = visible(id);
        if (!CurrentScope.get().belongsTo(batch.getAgencyCode())) {
            throw ApiException.notFound("CleanupBatch", id);
        }
        Versions.check(batch, expectedVersion);
        batch.submit(CurrentScope.get().auditName(), clock);
        return mongo.save(batch);
    }

    @SupervisorsOnly
    public CleanupBatch review(String id, Long expectedVersion, CleanupCommands.Decision decision) {
        CleanupBatch batch = supervised(id);
        Versions.check(batch, expectedVersion);
        DataScope scope = CurrentScope.get();
        batch.review(decided(decision), decision.opinion(), scope.auditName(), scope.agencyCode(), clock);
        return mongo.save(batch);
    }

    /** Approval 批准 by a supervisor of the region (or a catalog admin, city-wide). */
    @SupervisorsOrCatalogAdmins
    public CleanupBatch approve(String id, Long expectedVersion, CleanupCommands.Decision decision) {
        CleanupBatch batch = supervised(id);
        Versions.check(batch, expectedVersion);
        batch.approve(decided(decision), decision.opinion(), CurrentScope.get().auditName(), clock);
        return mongo.save(batch);
    }

    /** Rejection at review (SUBMITTED) or at approval (REVIEWED): nothing of the batch will change. */
    @SupervisorsOrCatalogAdmins
    public CleanupBatch reject(String id, Long expectedVersion, String opinion) {
        CleanupBatch batch = supervised(id);
        Versions.check(batch, expectedVersion);
        DataScope scope = CurrentScope.get();
        if (batch.getStatus() == CleanupStatus.SUBMITTED && scope.isRegionalSupervisor()) {
            batch.review(false, opinion, scope.auditName(), scope.agencyCode(), clock);
        } else {
            batch.approve(false, opinion, scope.auditName(), clock);
        }
        return mongo.save(batch);
    }

    private static boolean decided(CleanupCommands.Decision decision) {
        Boolean approved = decision.approved();
        if (approved == null) {
            throw ApiException.invalid("VALIDATION_FAILED", List.of(FieldViolation.of("approve", "FIELD_REQUIRED")));
        }
        return approved;
    }

    @CatalogAdminsOnly
    public CleanupBatch publish(String id, Long expectedVersion) {
        CleanupBatch batch = visible(id);
        Versions.check(batch, expectedVersion);
        batch.requirePublishable();
        String actor = CurrentScope.get().auditName();
        List<FieldViolation> errors = new ArrayList<>();
        List<CleanupChange> changes = batch.getChanges();
        for (int i = 0; i < changes.size(); i++) {
            CleanupChange change = changes.get(i);
            if (change.applied() || alreadyInItem(change)) {
                continue;
            }
            String code = dryRun(change, actor);
            if (code != null) {
                errors.add(FieldViolation.of("changes[" + i + "]", code));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "CLEANUP_CHANGE_NOT_APPLICABLE", errors);
        }
        for (CleanupChange change : changes) {
            if (change.applied()) {
                continue;
            }
            String resultItemId = apply(change, actor);
            batch.markApplied(change.changeId(), resultItemId, clock);
            batch = mongo.save(batch);
        }
        batch.published(actor, clock);
        return mongo.save(batch);
    }

    @Authenticated
    public CleanupBatch get(String id) {
        return visible(id);
    }

    @Authenticated
    public Page<CleanupBatch> search(CleanupStatus status, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        List<Criteria> all = new ArrayList<>();
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (!scope.hasAny(Role.CATALOG_ADMIN, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY)) {
            all.add(Criteria.where("agencyCode").is(scope.agencyCode() == null ? "-" : scope.agencyCode()));
        } else if (!scope.has(Role.CATALOG_ADMIN)) {
            all.add(new Criteria().orOperator(Criteria.where("regionCode").regex("^" + regionPrefix(scope)),
                    Criteria.where("agencyCode").is(scope.agencyCode())));
        }
        Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, CleanupBatch.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), CleanupBatch.class), pageable, total);
    }

    private static String regionPrefix(DataScope scope) {
        String region = scope.regionCode() == null ? "------" : scope.regionCode();
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }

    /** Checks a proposed change against the current catalog; adds violations, returns the first code or null. */
    private String check(CleanupChange change, String agencyCode, String field, List<FieldViolation> errors) {
        int before = errors.size();
        if (change.action() == CleanupAction.ADD || change.action() == CleanupAction.ADJUST) {
            if (change.definition() == null) {
                errors.add(FieldViolation.of(field + ".definition", "FIELD_REQUIRED"));
                return "VALIDATION_FAILED";
            }
            if (!change.definition().implementingAgencyCodes().contains(agencyCode)) {
                errors.add(FieldViolation.of(field + ".definition.implementingAgencyCodes",
                        "CLEANUP_ITEM_NOT_OF_AGENCY"));
            }
        }
        if (change.action() != CleanupAction.ADD) {
            if (change.itemId() == null || change.itemId().isBlank()) {
                errors.add(FieldViolation.of(field + ".itemId", "FIELD_REQUIRED"));
                return "VALIDATION_FAILED";
            }
            Optional<EnforcementItem> item = itemService.find(change.itemId())
                    .filter(i -> i.getStatus() != ItemStatus.DRAFT);
            if (item.isEmpty()) {
                errors.add(FieldViolation.of(field + ".itemId", "ITEM_UNKNOWN"));
                return "ITEM_UNKNOWN";
            }
            if (!item.get().getDefinition().implementingAgencyCodes().contains(agencyCode)) {
                errors.add(FieldViolation.of(field + ".itemId", "CLEANUP_ITEM_NOT_OF_AGENCY"));
            }
        }
        if (errors.size() == before) {
            String code = dryRun(change, CurrentScope.get().auditName());
            if (code != null) {
                errors.add(FieldViolation.of(field, code));
            }
        }
        return errors.size() == before ? null : errors.get(before).code();
    }

    /** Applies the change to a copy of the current state without writing; the rejection code, or null. */
    private String dryRun(CleanupChange change, String actor) {
        try {
            if (change.action() == CleanupAction.ADD) {
                if (itemService.existsByItemCode(change.definition().itemCode())
                        && itemService.find(change.changeId()).isEmpty()) {
                    return "ITEM_CODE_DUPLICATE";
                }
                itemService.checkRules(addedDefinition(change));
                return null;
            }
            Optional<EnforcementItem> item = itemService.find(change.itemId());
            if (item.isEmpty()) {
                return "ITEM_UNKNOWN";
            }
            change(item.get(), change, actor);
            return null;
        } catch (ApiException e) {
            return "INVALID_TRANSITION".equals(e.code()) ? "ITEM_NOT_ACTIVE" : e.code();
        }
    }

    private boolean alreadyInItem(CleanupChange change) {
        String itemId = change.action() == CleanupAction.ADD ? change.changeId() : change.itemId();
        return itemService.find(itemId).map(item -> item.hasApplied(change.changeId())).orElse(false);
    }

    /** One item write per change, carrying the change id; a change found in its item is not applied again. */
    private String apply(CleanupChange change, String actor) {
        if (change.action() == CleanupAction.ADD) {
            Optional<EnforcementItem> existing = itemService.find(change.changeId());
            if (existing.isPresent()) {
                return existing.get().getId();
            }
            EnforcementItem item = EnforcementItem.draft(change.changeId(), addedDefinition(change), clock);
            item.publish(actor, clock);
            item.markApplied(change.changeId());
            return itemService.save(item).getId();
        }
        EnforcementItem item = itemService.find(change.itemId())
                .orElseThrow(() -> ApiException.notFound("EnforcementItem", change.itemId()));
        if (!item.hasApplied(change.changeId())) {
            change(item, change, actor);
            item.markApplied(change.changeId());
            itemService.save(item);
        }
        return item.getId();
    }

    private void change(EnforcementItem item, CleanupChange change, String actor) {
        switch (change.action()) {
            case CANCEL -> item.cancel(change.reason(), change.basis(), change.effectiveDate(), actor, clock);
            case SUSPEND -> item.suspend(change.reason(), change.basis(), change.effectiveDate(), change.until(), actor,
                    clock);
            case ADJUST -> {
                itemService.checkRules(change.definition());
                item.adjust(change.definition(), change.effectiveDate(), change.reason(), change.basis(), actor,
                        clock);
            }
            case ADD -> throw new IllegalArgumentException("ADD is not a change of an existing item");
        }
    }

    private static ItemDefinition addedDefinition(CleanupChange change) {
        ItemDefinition d = change.definition();
        if (change.effectiveDate() == null) {
            return d;
        }
        return new ItemDefinition(d.itemCode(), d.provincialItemCode(), d.name(), d.itemType(), d.domain(),
                d.parentItemId(), d.settingBasis(), d.implementingBasis(), d.implementingAgencyCodes(),
                d.handlingUnit(), d.exerciseLevels(), d.exerciseMode(), d.randomCheckItem(), d.keySupervision(),
                d.relatedCoercionItemIds(), d.accountabilityCases(), change.effectiveDate(), d.validTo());
    }

    /** The batch if the caller may see it: its agency, a supervisor covering its region, or a catalog admin. */
    private CleanupBatch visible(String id) {
        CleanupBatch batch = Optional.ofNullable(mongo.findById(id, CleanupBatch.class))
                .orElseThrow(() -> ApiException.notFound("CleanupBatch", id));
        DataScope scope = CurrentScope.get();
        boolean mayRead = scope.has(Role.CATALOG_ADMIN) || scope.belongsTo(batch.getAgencyCode())
                || (scope.isRegionalSupervisor() && scope.coversRegion(batch.getRegionCode()));
        if (!mayRead) {
            throw ApiException.notFound("CleanupBatch", id);
        }
        return batch;
    }

    private CleanupBatch supervised(String id) {
        CleanupBatch batch = Optional.ofNullable(mongo.findById(id, CleanupBatch.class))
                .orElseThrow(() -> ApiException.notFound("CleanupBatch", id));
        DataScope scope = CurrentScope.get();
        if (!scope.has(Role.CATALOG_ADMIN) && !scope.coversRegion(batch.getRegionCode())) {
            throw ApiException.notFound("CleanupBatch", id);
        }
        return batch;
    }

}
