package cn.gov.lyg.enforcement.supervision.workplan;

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

/** Persistence of annual work plans (id = bureau + year, so a bureau has one plan a year). */
@Repository
class WorkPlanStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    WorkPlanStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(WorkPlan.COLLECTION).createIndex(new Index().on("regionCode", Sort.Direction.ASC)
                .on("year", Sort.Direction.DESC).named("ix_region_year"));
    }

    WorkPlan insert(WorkPlan p) {
        return mongo.insert(p);
    }

    WorkPlan save(WorkPlan p) {
        return mongo.save(p);
    }

    Optional<WorkPlan> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, WorkPlan.class));
    }

    Page<WorkPlan> search(Criteria scope, Integer year, WorkPlanStatus status, Pageable pageable) {
        List<Criteria> all = new ArrayList<>(List.of(scope));
        if (year != null) {
            all.add(Criteria.where("year").is(year));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, WorkPlan.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), WorkPlan.class), pageable, total);
    }
}
