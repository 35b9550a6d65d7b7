package cn.gov.lyg.enforcement.benchmark.catalog;

import cn.gov.lyg.enforcement.benchmark.recommendation.RepealedProvision;
import cn.gov.lyg.enforcement.benchmark.recommendation.RepealedProvisions;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Law changes, and the repealed provisions among them (never applied to acts on or after the repeal). */
@Repository
class LawChangeStore implements RepealedProvisions {

    /** Repeals are rare and read on every recommendation: kept for a few seconds (other instances' writes). */
    private static final long TTL_NANOS = 5_000_000_000L;

    private final MongoTemplate mongo;
    private volatile List<RepealedProvision> cached;
    private volatile long cachedAt;

    LawChangeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void save(LawChangeRecord change) {
        mongo.save(change);
        cached = null;
    }

    @Override
    public List<RepealedProvision> all() {
        List<RepealedProvision> current = cached;
        if (current == null || System.nanoTime() - cachedAt > TTL_NANOS) {
            current = read();
            cachedAt = System.nanoTime();
            cached = current;
        }
        return current;
    }

    private List<RepealedProvision> read() {
        return mongo.find(new Query(Criteria.where("changeType").is("REPEALED")), LawChangeRecord.class).stream()
                .map(c -> new RepealedProvision(c.lawName(), c.article(), c.effectiveDate())).toList();
    }
}
