package cn.gov.lyg.enforcement.inspection.eligibility;

import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of the officer and auxiliary-staff projections. */
@Repository
class EligibilityStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    EligibilityStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(OfficerFacts.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .named("ix_agency"));
    }

    Optional<OfficerFacts> officer(String officerId) {
        return Optional.ofNullable(mongo.findById(officerId, OfficerFacts.class));
    }

    List<OfficerFacts> officersOf(String agencyCode) {
        return mongo.find(new Query(Criteria.where("agencyCode").is(agencyCode)), OfficerFacts.class);
    }

    OfficerFacts save(OfficerFacts facts) {
        return mongo.save(facts);
    }

    Optional<AuxiliaryFacts> auxiliary(String id) {
        return Optional.ofNullable(mongo.findById(id, AuxiliaryFacts.class));
    }

    void save(AuxiliaryFacts facts) {
        mongo.save(facts);
    }

    /** Empties the projections and forgets which events built them (the rebuild replays the topics). */
    void clear(List<String> consumers) {
        mongo.remove(new Query(), OfficerFacts.COLLECTION);
        mongo.remove(new Query(), AuxiliaryFacts.COLLECTION);
        mongo.remove(new Query(Criteria.where("consumer").in(consumers)), ProcessedEvents.COLLECTION);
    }
}
