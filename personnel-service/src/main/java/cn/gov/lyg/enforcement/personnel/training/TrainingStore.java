package cn.gov.lyg.enforcement.personnel.training;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Persistence of training records. */
@Repository
public class TrainingStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    public TrainingStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(TrainingRecord.COLLECTION).createIndex(new Index().on("officerId", Sort.Direction.ASC)
                .on("year", Sort.Direction.ASC).named("ix_training_officer_year"));
    }

    public TrainingRecord save(TrainingRecord record) {
        return mongo.save(record);
    }

    public List<TrainingRecord> ofOfficer(String officerId, int year) {
        return mongo.find(new Query(Criteria.where("officerId").is(officerId).and("year").is(year)),
                TrainingRecord.class);
    }

    /** The records of {@code year} of the given officers. */
    public List<TrainingRecord> ofOfficers(java.util.Collection<String> officerIds, int year) {
        return mongo.find(new Query(Criteria.where("officerId").in(officerIds).and("year").is(year)),
                TrainingRecord.class);
    }

    public List<TrainingRecord> ofAgency(String agencyCode, int year) {
        return mongo.find(new Query(Criteria.where("agencyCode").is(agencyCode).and("year").is(year)),
                TrainingRecord.class);
    }

    public Page<TrainingRecord> search(Criteria scope, String officerId, Integer year, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope);
        if (officerId != null) {
            all.add(Criteria.where("officerId").is(officerId));
        }
        if (year != null) {
            all.add(Criteria.where("year").is(year));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, TrainingRecord.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), TrainingRecord.class), pageable, total);
    }
}
