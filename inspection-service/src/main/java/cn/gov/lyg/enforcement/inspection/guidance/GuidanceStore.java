package cn.gov.lyg.enforcement.inspection.guidance;

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

/** Persistence of compliance guidance records. */
@Repository
class GuidanceStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    GuidanceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        template.indexOps(ComplianceGuidance.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("nextDue", Sort.Direction.ASC).named("ix_agency_next_due"));
    }

    ComplianceGuidance save(ComplianceGuidance g) {
        return mongo.save(g);
    }

    Optional<ComplianceGuidance> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ComplianceGuidance.class));
    }

    Page<ComplianceGuidance> page(Criteria criteria, Pageable pageable) {
        Query q = new Query(criteria);
        long total = mongo.count(q, ComplianceGuidance.class);
        return new PageImpl<>(mongo.find(Query.of(q).with(pageable), ComplianceGuidance.class), pageable, total);
    }
}
