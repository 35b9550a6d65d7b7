package cn.gov.lyg.enforcement.supervision.guidance;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
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

/** Persistence of guidance and typical cases. */
@Repository
class GuidanceStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    GuidanceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(GuidanceCase.COLLECTION);
        ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("publishedOn", Sort.Direction.DESC)
                .named("ix_status_published"));
        ops.createIndex(new Index().on("reviewId", Sort.Direction.ASC).named("ix_review"));
    }

    GuidanceCase save(GuidanceCase g) {
        return mongo.save(g);
    }

    Optional<GuidanceCase> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, GuidanceCase.class));
    }

    /** A selection of the review as that kind still in play (not rejected or withdrawn). */
    boolean activeSelection(String reviewId, GuidanceKind kind) {
        return mongo.exists(new Query(Criteria.where("reviewId").is(reviewId).and("kind").is(kind).and("status")
                .nin(GuidanceStatus.REJECTED, GuidanceStatus.WITHDRAWN)), GuidanceCase.class);
    }

    Page<GuidanceCase> search(Criteria scope, GuidanceKind kind, GuidanceStatus status, Pageable pageable) {
        List<Criteria> all = new ArrayList<>(List.of(scope));
        if (kind != null) {
            all.add(Criteria.where("kind").is(kind));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, GuidanceCase.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), GuidanceCase.class), pageable, total);
    }
}
