package cn.gov.lyg.enforcement.inspection.inspection;

import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
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

/** Persistence of inspections. */
@Repository
class InspectionStore implements MongoIndexContributor {

    static final String COUNTERS = "inspection_counters";

    private final MongoTemplate mongo;

    InspectionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(Inspection.COLLECTION);
        ops.createIndex(new Index().on("inspectionNo", Sort.Direction.ASC).unique().named("uk_inspection_no"));
        ops.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("ix_agency_status"));
        ops.createIndex(new Index().on("team.personId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("ix_member_status"));
    }

    Inspection save(Inspection i) {
        return mongo.save(i);
    }

    Optional<Inspection> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Inspection.class));
    }

    /**
     * The next number of an inspection numbered {@code <prefix><seq>} (prefix {@code JC-<region>-<year>-}, shared by
     * the agencies of the region), from a counter document: no scan of the inspections. A counter used for the first
     * time continues after the inspections already numbered with the prefix (one count, then never again).
     */
    long nextNumber(String prefix) {
        Query counter = new Query(Criteria.where("_id").is(prefix));
        org.bson.Document before = mongo.findAndModify(counter, new org.springframework.data.mongodb.core.query.Update()
                .inc("seq", 1L), org.springframework.data.mongodb.core.FindAndModifyOptions.options().upsert(true)
                .returnNew(false), org.bson.Document.class, COUNTERS);
        if (before == null) {
            long existing = mongo.count(new Query(Criteria.where("inspectionNo").regex("^"
                    + java.util.regex.Pattern.quote(prefix))), Inspection.class);
            if (existing > 0) {
                mongo.updateFirst(counter, new org.springframework.data.mongodb.core.query.Update().inc("seq",
                        existing), COUNTERS);
            }
            return existing + 1;
        }
        return ((Number) before.get("seq")).longValue() + 1;
    }

    Page<Inspection> page(Criteria criteria, Pageable pageable) {
        Query q = new Query(criteria);
        long total = mongo.count(q, Inspection.class);
        return new PageImpl<>(mongo.find(Query.of(q).with(pageable), Inspection.class), pageable, total);
    }

    List<Inspection> publicizedOfTask(String spotCheckTaskId) {
        return mongo.find(new Query(Criteria.where("spotCheckTaskId").is(spotCheckTaskId).and("status")
                .is(InspectionStatus.PUBLICIZED)).with(Sort.by("inspectionNo")), Inspection.class);
    }

    /** Open inspections (planned or in progress) with the person on the team. */
    List<Inspection> openWithMember(String personId) {
        return mongo.find(new Query(Criteria.where("team.personId").is(personId).and("status")
                .in(InspectionStatus.PLANNED, InspectionStatus.IN_PROGRESS)), Inspection.class);
    }
}
