package cn.gov.lyg.enforcement.benchmark.check;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The reviewer profile projection: newer officer versions only, in one conditional write. */
@Repository
class ReviewerProfileStore {

    private final MongoTemplate mongo;

    ReviewerProfileStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<ReviewerProfileDocument> find(String officerId) {
        return Optional.ofNullable(mongo.findById(officerId, ReviewerProfileDocument.class));
    }

    /**
     * Stores the profile unless the same or a newer version of the officer is kept: an upsert matching only an older
     * version, so a redelivered or late event changes nothing (when a newer one is kept, the upsert's insert hits the
     * unique {@code _id} and is dropped). Answers whether it was stored.
     */
    boolean upsertIfNewer(ReviewerProfileDocument p) {
        Query older = new Query(Criteria.where("_id").is(p.officerId()).and("officerVersion").lt(p.officerVersion()));
        Update update = new Update().set("agencyCode", p.agencyCode()).set("legalReviewer", p.legalReviewer())
                .set("legalProfessionQualified", p.legalProfessionQualified())
                .set("legalReviewerSince", p.legalReviewerSince()).set("officerVersion", p.officerVersion());
        try {
            var result = mongo.upsert(older, update, ReviewerProfileDocument.class);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
