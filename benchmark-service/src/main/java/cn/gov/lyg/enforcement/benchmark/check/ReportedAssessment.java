package cn.gov.lyg.enforcement.benchmark.check;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest state of an agency's economic impact assessment of a case as inspection-service reported it (one
 * document per agency and case; {@code sourceVersion} is the assessment's aggregate version: older or equal versions
 * never overwrite a newer one, so redelivered and reordered events leave the newest state).
 */
@Document(ReportedAssessment.COLLECTION)
public record ReportedAssessment(@Id String id, String assessmentId, String agencyCode, String caseId, String uscc,
                                 String domain, List<String> proposedMeasures, String riskLevel, String status,
                                 LocalDate approvedOn, long sourceVersion) {

    public static final String COLLECTION = "impact_assessments_reported";

    static String key(String agencyCode, String caseId) {
        return agencyCode + ":" + caseId;
    }

    AssessmentStatus asStatus() {
        return "APPROVED".equals(status) ? AssessmentStatus.DONE : AssessmentStatus.PENDING;
    }
}
