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

    private final MongoTemplate mongo;

    LawChangeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void save(LawChangeRecord change) {
        mongo.save(change);
    }

    @Override
    public List<RepealedProvision> all() {
        return mongo.find(new Query(Criteria.where("changeType").is("REPEALED")), LawChangeRecord.class).stream()
                .map(c -> new RepealedProvision(c.lawName(), c.article(), c.effectiveDate())).toList();
    }
}
