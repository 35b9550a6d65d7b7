package cn.gov.lyg.enforcement.benchmark.check;

import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The projection of inspection's assessments, read by the decision check by agency and case (the primary key). */
@Repository
class ReportedAssessmentStore implements ImpactAssessments {

    private final MongoTemplate mongo;

    ReportedAssessmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public AssessmentStatus statusFor(String agencyCode, String caseId) {
        if (agencyCode == null || caseId == null) {
            return AssessmentStatus.MISSING;
        }
        return find(agencyCode, caseId).map(ReportedAssessment::asStatus).orElse(AssessmentStatus.MISSING);
    }

    Optional<ReportedAssessment> find(String agencyCode, String caseId) {
        return Optional.ofNullable(mongo.findById(ReportedAssessment.key(agencyCode, caseId),
                ReportedAssessment.class));
    }

    /**
     * Keeps the reported state when it is newer than the stored one; returns whether it was applied. Conditional on
     * the stored version, so concurrent deliveries cannot put an older state over a newer one.
     */
    boolean apply(ReportedAssessment reported) {
        Optional<ReportedAssessment> current = Optional.ofNullable(mongo.findById(reported.id(),
                ReportedAssessment.class));
        if (current.isPresent() && current.get().sourceVersion() >= reported.sourceVersion()) {
            return false;
        }
        if (current.isEmpty()) {
            try {
                mongo.insert(reported);
                return true;
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                return apply(reported);
            }
        }
        Query older = new Query(Criteria.where("_id").is(reported.id()).and("sourceVersion")
                .lt(reported.sourceVersion()));
        Update replace = new Update().set("assessmentId", reported.assessmentId())
                .set("agencyCode", reported.agencyCode()).set("caseId", reported.caseId())
                .set("uscc", reported.uscc()).set("domain", reported.domain())
                .set("proposedMeasures", reported.proposedMeasures()).set("riskLevel", reported.riskLevel())
                .set("status", reported.status()).set("approvedOn", reported.approvedOn())
                .set("sourceVersion", reported.sourceVersion());
        return mongo.findAndModify(older, replace, FindAndModifyOptions.options().returnNew(true),
                ReportedAssessment.class) != null;
    }
}
