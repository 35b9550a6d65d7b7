package cn.gov.lyg.enforcement.inspection.assessment;

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

/** Persistence of the assessments: one per agency and case (unique). */
@Repository
class AssessmentStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    AssessmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(EconomicImpactAssessment.COLLECTION).createIndex(new Index()
                .on("agencyCode", Sort.Direction.ASC).on("caseId", Sort.Direction.ASC).unique()
                .named("uk_agency_case"));
    }

    EconomicImpactAssessment save(EconomicImpactAssessment a) {
        return mongo.save(a);
    }

    EconomicImpactAssessment insert(EconomicImpactAssessment a) {
        return mongo.insert(a);
    }

    Optional<EconomicImpactAssessment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EconomicImpactAssessment.class));
    }

    Page<EconomicImpactAssessment> page(Criteria criteria, Pageable pageable) {
        Query q = new Query(criteria);
        long total = mongo.count(q, EconomicImpactAssessment.class);
        return new PageImpl<>(mongo.find(Query.of(q).with(pageable), EconomicImpactAssessment.class), pageable,
                total);
    }
}
