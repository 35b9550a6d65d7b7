package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.events.vocabulary.ComplaintChannel;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of complaints; every read is filtered by the caller's data scope (the same rule as ComplaintAccess). */
@Repository
class ComplaintStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    ComplaintStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(Complaint.COLLECTION);
        ops.createIndex(new Index().on("orderKey", Sort.Direction.ASC).unique().named("uk_order_key"));
        ops.createIndex(new Index().on("regionCodes", Sort.Direction.ASC).on("receivedAt", Sort.Direction.DESC)
                .named("ix_regions_received"));
        ops.createIndex(new Index().on("agencyCodes", Sort.Direction.ASC).on("receivedAt", Sort.Direction.DESC)
                .named("ix_agencies_received"));
        ops.createIndex(new Index().on("currentDueOn", Sort.Direction.ASC).named("ix_current_due"));
    }

    Complaint save(Complaint complaint) {
        return mongo.save(complaint);
    }

    Optional<Complaint> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Complaint.class));
    }

    Optional<Complaint> findByOrder(ComplaintChannel channel, String externalOrderNo) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("orderKey")
                .is(Complaint.orderKey(channel, externalOrderNo))), Complaint.class));
    }

    Page<Complaint> search(ComplaintFilter filter, DataScope scope, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(scopeCriteria(scope));
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.channel() != null) {
            all.add(Criteria.where("channel").is(filter.channel()));
        }
        if (filter.respondentAgencyCode() != null) {
            all.add(Criteria.where("respondentAgencyCode").is(filter.respondentAgencyCode()));
        }
        if (filter.externalOrderNo() != null) {
            all.add(Criteria.where("externalOrderNo").is(filter.externalOrderNo()));
        }
        if (filter.overdueAsOf() != null) {
            all.add(Criteria.where("currentDueOn").lt(filter.overdueAsOf()));
        }
        if (filter.escalated() != null) {
            all.add(Criteria.where("escalated").is(filter.escalated()));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, Complaint.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), Complaint.class), pageable, total);
    }

    /** Every complaint whose current deadline lies before {@code asOf}, in batches (the overdue job). */
    void forEachPastDue(LocalDate asOf, Consumer<Complaint> action) {
        String lastId = "";
        while (true) {
            List<Complaint> batch = mongo.find(new Query(Criteria.where("currentDueOn").lt(asOf).and("_id").gt(lastId))
                    .with(Sort.by("_id")).limit(200), Complaint.class);
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            lastId = batch.get(batch.size() - 1).getId();
        }
    }

    /** The mirror of {@link ComplaintAccess#visible} as a query. */
    static Criteria scopeCriteria(DataScope scope) {
        List<Criteria> any = new ArrayList<>();
        if (scope.has(Role.HOTLINE)) {
            any.add(Criteria.where("channel").in(ComplaintChannel.HOTLINE_12345, ComplaintChannel.HOTLINE_12348));
        }
        if (scope.isRegionalSupervisor() && scope.regionCode() != null && scope.regionCode().length() == 6) {
            String region = scope.regionCode();
            if (region.endsWith("0000")) {
                any.add(Criteria.where("regionCodes").regex("^" + region.substring(0, 2)));
            } else if (region.endsWith("00")) {
                any.add(Criteria.where("regionCodes").regex("^" + region.substring(0, 4)));
            } else {
                any.add(Criteria.where("regionCodes").is(region));
            }
        }
        if (scope.hasAny(ComplaintAccess.AGENCY_ROLES) && scope.agencyCode() != null) {
            any.add(Criteria.where("agencyCodes").is(scope.agencyCode()));
        }
        if (any.isEmpty()) {
            return Criteria.where("_id").is(null);
        }
        return any.size() == 1 ? any.get(0) : new Criteria().orOperator(any);
    }
}
