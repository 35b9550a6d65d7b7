package cn.gov.lyg.enforcement.supervision.accountability;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Accountability cases; lists filtered by the caller's scope (agency management their agency, bureaus their region). */
@Repository
class AccountabilityStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    AccountabilityStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(AccountabilityCase.COLLECTION);
        ops.createIndex(new Index().on("regionCode", Sort.Direction.ASC).on("openedOn", Sort.Direction.DESC)
                .named("ix_region_opened"));
        ops.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).named("ix_agency"));
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("dueOn", Sort.Direction.ASC)
                .named("ix_status_due"));
    }

    Optional<AccountabilityCase> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, AccountabilityCase.class));
    }

    AccountabilityCase save(AccountabilityCase c) {
        return mongo.save(c);
    }

    AccountabilityCase insert(AccountabilityCase c) {
        return mongo.insert(c);
    }

    Page<AccountabilityCase> search(DataScope scope, AccountabilityStatus status, AccountabilityTrigger trigger,
                                    String agencyCode, LocalDate overdueAsOf, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(ScopeCriteria.readable(scope));
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (trigger != null) {
            all.add(Criteria.where("trigger").is(trigger));
        }
        if (agencyCode != null) {
            all.add(Criteria.where("agencyCode").is(agencyCode));
        }
        if (overdueAsOf != null) {
            all.add(Criteria.where("status").is(AccountabilityStatus.OPEN).and("dueOn").lt(overdueAsOf));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, AccountabilityCase.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), AccountabilityCase.class), pageable, total);
    }

    /** For the evaluation indicators: cases of an agency opened in a year. */
    List<AccountabilityCase> openedIn(String agencyCode, int year) {
        return mongo.find(new Query(Criteria.where("agencyCode").is(agencyCode).and("openedOn")
                .gte(LocalDate.of(year, 1, 1)).lte(LocalDate.of(year, 12, 31))), AccountabilityCase.class);
    }
}
