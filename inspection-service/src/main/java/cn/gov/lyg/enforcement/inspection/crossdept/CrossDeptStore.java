package cn.gov.lyg.enforcement.inspection.crossdept;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
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

/** Persistence of the cross-department item list (unique code). */
@Repository
class CrossDeptStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    CrossDeptStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(CrossDeptItem.COLLECTION).createIndex(new Index().on("code", Sort.Direction.ASC).unique()
                .named("uk_code"));
    }

    CrossDeptItem insert(CrossDeptItem i) {
        return mongo.insert(i);
    }

    CrossDeptItem save(CrossDeptItem i) {
        return mongo.save(i);
    }

    Optional<CrossDeptItem> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CrossDeptItem.class));
    }

    Page<CrossDeptItem> page(Criteria criteria, Pageable pageable) {
        Query q = new Query(criteria);
        long total = mongo.count(q, CrossDeptItem.class);
        return new PageImpl<>(mongo.find(Query.of(q).with(pageable), CrossDeptItem.class), pageable, total);
    }
}
