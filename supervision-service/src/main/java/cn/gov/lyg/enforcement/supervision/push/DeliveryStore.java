package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The delivery log in {@code push_deliveries}: queueing once per record version, claiming due ones, the log query. */
@Component
class DeliveryStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    DeliveryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(Delivery.COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("target", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC).named("due"));
        template.indexOps(Delivery.COLLECTION).createIndex(new Index().on("target", Sort.Direction.ASC)
                .on("recordId", Sort.Direction.ASC).on("recordVersion", Sort.Direction.ASC).named("record"));
    }

    /** Inserts a new delivery; false when this record version is already queued for the target. */
    boolean insertIfAbsent(Delivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Delivery> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    Delivery save(Delivery delivery) {
        return mongo.save(delivery);
    }

    /**
     * Applies a change to the current copy of a delivery and saves it; on a concurrent write (optimistic lock) the
     * change is applied again to a fresh copy.
     */
    Optional<Delivery> update(String id, Consumer<Delivery> change) {
        for (int i = 0; i < 5; i++) {
            Optional<Delivery> current = findById(id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Delivery d = current.get();
            change.accept(d);
            try {
                return Optional.of(mongo.save(d));
            } catch (OptimisticLockingFailureException e) {
                // another writer moved it on: apply to the fresh copy
            }
        }
        throw new OptimisticLockingFailureException("delivery " + id + " kept changing");
    }

    /** Ids of PENDING deliveries of the target due at {@code now} and not held by an instance, oldest first. */
    List<String> due(PushTarget target, Instant now, int limit) {
        Query query = new Query(Criteria.where("status").is(PushStatus.PENDING).and("target").is(target)
                .and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now)))
                .with(Sort.by(Sort.Order.asc("nextAttemptAt"), Sort.Order.asc("recordVersion"))).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, Delivery.COLLECTION).stream()
                .map(d -> String.valueOf(d.get("_id"))).toList();
    }

    /** Ids of PENDING deliveries of the target whose round began before {@code cutoff} (retry window used up). */
    List<String> overdue(PushTarget target, Instant cutoff, int limit) {
        Query query = new Query(Criteria.where("status").is(PushStatus.PENDING).and("target").is(target)
                .and("pendingSince").lt(cutoff)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, Delivery.COLLECTION).stream()
                .map(d -> String.valueOf(d.get("_id"))).toList();
    }

    /**
     * Takes a due delivery for one attempt, atomically: only one instance gets it until {@code until} (a crash
     * frees it when the lease ends).
     */
    Optional<Delivery> claim(String id, Instant now, Instant until, String owner) {
        Query query = new Query(Criteria.where("_id").is(id).and("status").is(PushStatus.PENDING)
                .and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now)));
        return Optional.ofNullable(mongo.findAndModify(query,
                new Update().set("claimedUntil", until).set("claimedBy", owner),
                FindAndModifyOptions.options().returnNew(true), Delivery.class));
    }

    /** Whether an earlier version of the record still waits for this target (versions are sent in order). */
    boolean earlierPending(PushTarget target, String recordId, long version) {
        return mongo.exists(new Query(Criteria.where("target").is(target).and("recordId").is(recordId)
                .and("recordVersion").lt(version).and("status").is(PushStatus.PENDING)), Delivery.class);
    }

    /**
     * After the province answered again: every PENDING delivery of the target that is backing off is due now, so
     * the catch-up after an outage does not wait for each delivery's own backoff.
     */
    long releaseBackoff(PushTarget target, Instant now) {
        return mongo.updateMulti(new Query(Criteria.where("status").is(PushStatus.PENDING).and("target").is(target)
                        .and("nextAttemptAt").gt(now)),
                new Update().set("nextAttemptAt", Date.from(now)), Delivery.class).getModifiedCount();
    }

    long count(PushTarget target, PushStatus status) {
        return mongo.count(new Query(Criteria.where("target").is(target).and("status").is(status)), Delivery.class);
    }

    Optional<Instant> oldestPending(PushTarget target) {
        Query query = new Query(Criteria.where("target").is(target).and("status").is(PushStatus.PENDING))
                .with(Sort.by(Sort.Order.asc("queuedAt"))).limit(1);
        query.fields().include("queuedAt");
        return Optional.ofNullable(mongo.findOne(query, Delivery.class)).map(Delivery::getQueuedAt);
    }

    Page<Delivery> search(DataScope scope, DeliveryFilter filter, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(ScopeCriteria.readable(scope));
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.target() != null) {
            all.add(Criteria.where("target").is(filter.target()));
        }
        if (filter.dataset() != null) {
            all.add(Criteria.where("dataset").is(filter.dataset()));
        }
        if (filter.recordId() != null && !filter.recordId().isBlank()) {
            all.add(Criteria.where("recordId").is(filter.recordId()));
        }
        if (filter.agencyCode() != null && !filter.agencyCode().isBlank()) {
            all.add(Criteria.where("agencyCode").is(filter.agencyCode()));
        }
        if (filter.queuedFrom() != null) {
            all.add(Criteria.where("queuedAt").gte(filter.queuedFrom()));
        }
        if (filter.queuedTo() != null) {
            all.add(Criteria.where("queuedAt").lt(filter.queuedTo()));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, Delivery.class);
        List<Delivery> content = mongo.find(query.with(pageable), Delivery.class);
        return new PageImpl<>(content, pageable, total);
    }
}
