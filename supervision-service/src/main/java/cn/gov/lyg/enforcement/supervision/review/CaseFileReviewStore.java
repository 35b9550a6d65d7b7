package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.mongo.MongoIndexContributor;
import java.time.LocalDate;
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

/** Persistence of the file reviews of batches. */
@Repository
class CaseFileReviewStore implements MongoIndexContributor {

    private final MongoTemplate mongo;

    CaseFileReviewStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Filters of the review list. */
    record Filter(String batchId, String agencyCode, ReviewStatus status, ReviewGrade grade, String reviewerId,
                  LocalDate rectificationOverdueAsOf) {
    }

    @Override
    public void ensureIndexes(MongoTemplate template) {
        var ops = template.indexOps(CaseFileReview.COLLECTION);
        ops.createIndex(new Index().on("batchId", Sort.Direction.ASC).named("ix_batch"));
        ops.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("ix_agency_status"));
        ops.createIndex(new Index().on("reviewerIds", Sort.Direction.ASC).named("ix_reviewers"));
        ops.createIndex(new Index().on("rectificationStatus", Sort.Direction.ASC)
                .on("rectificationDueOn", Sort.Direction.ASC).named("ix_rectification_due"));
    }

    CaseFileReview save(CaseFileReview r) {
        return mongo.save(r);
    }

    Optional<CaseFileReview> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, CaseFileReview.class));
    }

    List<CaseFileReview> ofBatch(String batchId) {
        return mongo.find(new Query(Criteria.where("batchId").is(batchId)).with(Sort.by("_id")),
                CaseFileReview.class);
    }

    long countScored(String batchId) {
        return mongo.count(new Query(Criteria.where("batchId").is(batchId).and("status")
                .in(ReviewStatus.SCORED, ReviewStatus.FINAL)), CaseFileReview.class);
    }

    Page<CaseFileReview> search(Criteria scope, Filter f, Pageable pageable) {
        List<Criteria> all = new ArrayList<>(List.of(scope));
        if (f.batchId() != null) {
            all.add(Criteria.where("batchId").is(f.batchId()));
        }
        if (f.agencyCode() != null) {
            all.add(Criteria.where("agencyCode").is(f.agencyCode()));
        }
        if (f.status() != null) {
            all.add(Criteria.where("status").is(f.status()));
        }
        if (f.grade() != null) {
            all.add(Criteria.where("grade").is(f.grade()));
        }
        if (f.reviewerId() != null) {
            all.add(Criteria.where("reviewerIds").is(f.reviewerId()));
        }
        if (f.rectificationOverdueAsOf() != null) {
            all.add(Criteria.where("rectificationStatus").is(ReviewRectification.Status.REQUIRED)
                    .and("rectificationDueOn").lt(f.rectificationOverdueAsOf()));
        }
        Query query = new Query(new Criteria().andOperator(all));
        long total = mongo.count(query, CaseFileReview.class);
        return new PageImpl<>(mongo.find(Query.of(query).with(pageable), CaseFileReview.class), pageable, total);
    }
}
