package cn.gov.lyg.enforcement.inspection.joint;

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
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;

/** Persistence of joint inspections. */
@Repository
class JointStore implements MongoIndexContributor {

    private static final List<JointStatus> OPEN = List.of(JointStatus.PROPOSED, JointStatus.AGREED,
            JointStatus.SCHEDULED);

    private final MongoTemplate mongo;

    JointStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(JointInspection.COLLECTION);
        ops.createIndex(new Index().on("uscc", Sort.Direction.ASC).on("windowStart", Sort.Direction.ASC)
                .named("ix_enterprise_window"));
        ops.createIndex(new Index().on("participantCodes", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("ix_participant_status"));
    }

    JointInspection save(JointInspection j) {
        return mongo.save(j);
    }

    Optional<JointInspection> find(String id) {
        return Optional.ofNullable(mongo.findById(id, JointInspection.class));
    }

    /** The open joint inspection of the enterprise in the window, if any. */
    Optional<JointInspection> open(String uscc, java.time.LocalDate windowStart) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("uscc").is(uscc).and("windowStart")
                .is(windowStart).and("status").in(OPEN)), JointInspection.class));
    }

    Page<JointInspection> page(Criteria criteria, Pageable pageable) {
        Query q = new Query(criteria);
        long total = mongo.count(q, JointInspection.class);
        return new PageImpl<>(mongo.find(Query.of(q).with(pageable), JointInspection.class), pageable, total);
    }
}
