package cn.gov.lyg.enforcement.catalog.lawchange;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemService;
import cn.gov.lyg.enforcement.catalog.item.ItemStatus;
import cn.gov.lyg.enforcement.events.vocabulary.LawChangeType;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Records law changes 立改废 (catalog admins) and flags every ACTIVE item citing the changed provision in its
 * setting or implementing basis: one write per item, carrying its {@code EnforcementItemReviewRequired} event.
 * No multi-document transaction: the law change is written first with the affected items, then each item, then
 * the progress; {@link #resume} finishes an interrupted run (flags are idempotent per law change).
 */
@Service
public class LawChangeService {

    private final MongoTemplate mongo;
    private final ItemService items;
    private final java.time.Clock clock;

    public LawChangeService(MongoTemplate mongo, ItemService items, java.time.Clock clock) {
        this.mongo = mongo;
        this.items = items;
        this.clock = clock;
    }

    /** The request body of {@code POST /law-changes}. */
    public record Command(@NotBlank @Size(max = 200) String lawName, @Size(max = 50) String article,
                          @NotNull LawChangeType changeType, @NotNull LocalDate effectiveDate,
                          @Size(max = 2000) String note) {
    }

    @CatalogAdminsOnly
    public LawChange record(Command command) {
        List<String> affected = items.citing(command.lawName().trim(), List.of(ItemStatus.ACTIVE)).stream()
                .filter(item -> !citedAs(item, command.lawName(), command.article()).isEmpty())
                .map(EnforcementItem::getId).toList();
        LawChange change = mongo.save(LawChange.record(command.lawName(), command.article(), command.changeType(),
                command.effectiveDate(), command.note(), affected, clock));
        return flagPending(change);
    }

    @CatalogAdminsOnly
    public LawChange resume(String id) {
        return flagPending(load(id));
    }

    @Authenticated
    public LawChange get(String id) {
        return load(id);
    }

    @Authenticated
    public Page<LawChange> list(Pageable pageable) {
        long total = mongo.count(new Query(), LawChange.class);
        return new PageImpl<>(mongo.find(new Query().with(pageable), LawChange.class), pageable, total);
    }

    private LawChange flagPending(LawChange change) {
        List<String> done = new ArrayList<>();
        for (String itemId : change.pendingItemIds()) {
            flag(itemId, change);
            done.add(itemId);
        }
        if (done.isEmpty()) {
            return change;
        }
        change.flagged(done);
        return mongo.save(change);
    }

    /** One item, one write; retried on a concurrent modification. */
    private void flag(String itemId, LawChange change) {
        for (int attempt = 0; ; attempt++) {
            Optional<EnforcementItem> found = items.find(itemId);
            if (found.isEmpty()) {
                return;
            }
            EnforcementItem item = found.get();
            List<String> citedAs = citedAs(item, change.getLawName(), change.getArticle());
            if (citedAs.isEmpty()) {
                return;
            }
            if (!item.flagForReview(change.getId(), change.getLawName(), change.getArticle(),
                    change.getChangeType().name(), change.getEffectiveDate(), citedAs, clock)) {
                return;
            }
            try {
                items.save(item);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }

    static List<String> citedAs(EnforcementItem item, String lawName, String article) {
        List<String> citedAs = new ArrayList<>();
        if (item.getDefinition().settingBasis().stream().anyMatch(ref -> LawChange.cites(ref, lawName, article))) {
            citedAs.add("SETTING");
        }
        if (item.getDefinition().implementingBasis().stream()
                .anyMatch(ref -> LawChange.cites(ref, lawName, article))) {
            citedAs.add("IMPLEMENTING");
        }
        return citedAs;
    }

    private LawChange load(String id) {
        return Optional.ofNullable(mongo.findById(id, LawChange.class))
                .orElseThrow(() -> ApiException.notFound("LawChange", id));
    }
}
