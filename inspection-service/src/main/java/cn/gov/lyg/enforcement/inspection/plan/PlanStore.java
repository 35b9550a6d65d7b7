package cn.gov.lyg.enforcement.inspection.plan;

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

/** Persistence of annual plans (one per agency and year). */
@Repository
class PlanStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    PlanStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(AnnualPlan.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("year", Sort.Direction.ASC).unique().named("uk_agency_year"));
    }

    AnnualPlan save(AnnualPlan p) {
        return mongo.save(p);
    }

    Optional<AnnualPlan> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AnnualPlan.class));
    }

    Optional<AnnualPlan> of(String agencyCode, int year) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("agencyCode").is(agencyCode).and("year")
                .is(year)), AnnualPlan.class));
    }

    Page<AnnualPlan> page(Criteria c, Pageable pageable) {
        Query q = new Query(c);
        long total = mongo.count(q, AnnualPlan.class);
        return new PageImpl<>(mongo.find(Query.of(q).with(pageable), AnnualPlan.class), pageable, total);
    }
}
