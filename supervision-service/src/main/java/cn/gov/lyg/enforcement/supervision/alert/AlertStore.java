package cn.gov.lyg.enforcement.supervision.alert;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.Instant;
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

/** Supervision alerts; lists filtered to the regions the caller supervises. */
@Repository
class AlertStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    AlertStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(SupervisionAlert.COLLECTION);
        ops.createIndex(new Index().on("regionCode", Sort.Direction.ASC).on("raisedAt", Sort.Direction.DESC)
                .named("ix_region_raised"));
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).named("ix_status"));
    }

    Optional<SupervisionAlert> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, SupervisionAlert.class));
    }

    SupervisionAlert save(SupervisionAlert alert) {
        return mongo.save(alert);
    }

    SupervisionAlert insert(SupervisionAlert alert) {
        return mongo.insert(alert);
    }

    Page<SupervisionAlert> search(DataScope scope, AlertKind kind, SupervisionAlert.Status status, String agencyCode,
                                  Instant since, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(ScopeCriteria.readable(scope));
        if (kind != null) {
            all.add(Criteria.where("kind").is(kind));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (agencyCode != null) {
            all.add(Criteria.where("agencyCodes").is(agencyCode));
        }
        if (since != null) {
            all.add(Criteria.where("raisedAt").gte(since));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, SupervisionAlert.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), SupervisionAlert.class), pageable, total);
    }

    /** For the evaluation indicators: alerts of a kind about an agency raised in [from, to). */
    long count(AlertKind kind, String agencyCode, Instant from, Instant to) {
        return mongo.count(new Query(Criteria.where("kind").is(kind).and("agencyCodes").is(agencyCode)
                .and("raisedAt").gte(from).lt(to)), SupervisionAlert.class);
    }
}
