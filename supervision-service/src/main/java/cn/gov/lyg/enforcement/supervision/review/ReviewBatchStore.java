package cn.gov.lyg.enforcement.supervision.review;

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

/** Persistence of review batches; lists without the recorded population (it is read with the draw only). */
@Repository
class ReviewBatchStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    ReviewBatchStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(ReviewBatch.COLLECTION).createIndex(new Index().on("regionCode", Sort.Direction.ASC)
                .on("year", Sort.Direction.DESC).named("ix_region_year"));
    }

    ReviewBatch save(ReviewBatch b) {
        return mongo.save(b);
    }

    Optional<ReviewBatch> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, ReviewBatch.class));
    }

    Page<ReviewBatch> search(Criteria scope, Integer year, BatchStatus status, Pageable pageable) {
        List<Criteria> all = new ArrayList<>(List.of(scope));
        if (year != null) {
            all.add(Criteria.where("year").is(year));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, ReviewBatch.class);
        Query page = Query.of(query).with(pageable);
        page.fields().exclude("population");
        return new PageImpl<>(mongo.find(page, ReviewBatch.class), pageable, total);
    }
}
