package cn.gov.lyg.enforcement.supervision.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Indicator systems and the per-agency/year facts. */
@Repository
class IndicatorStore {

    private final MongoTemplate mongo;

    IndicatorStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<IndicatorSystem> systems() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "number")), IndicatorSystem.class);
    }

    Optional<IndicatorSystem> system(String id) {
        return Optional.ofNullable(mongo.findById(id, IndicatorSystem.class));
    }

    Optional<IndicatorSystem> active() {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("status").is(IndicatorSystem.Status.ACTIVE)),
                IndicatorSystem.class));
    }

    IndicatorSystem save(IndicatorSystem s) {
        return mongo.save(s);
    }

    IndicatorSystem insert(IndicatorSystem s) {
        return mongo.insert(s);
    }

    Optional<IndicatorFacts> facts(String agencyCode, int year) {
        return Optional.ofNullable(mongo.findById(IndicatorFacts.idOf(agencyCode, year), IndicatorFacts.class));
    }

    IndicatorFacts save(IndicatorFacts f) {
        return mongo.save(f);
    }
}
