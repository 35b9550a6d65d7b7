package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case file of a review batch was scored: the score as a decimal string (one decimal), the grade (UNQUALIFIED with
 * score "0.0" when a veto item was hit), the template version used and the problems found; feeds agency and officer
 * assessments and may trigger accountability.
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.review.completed.v1",
        topic = Topics.SUPERVISION_REVIEWS,
        schema = "schemas/supervision/case-file-review-completed.v1.json")
public record CaseFileReviewCompleted(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String batchId,
        String templateId,
        int templateVersion,
        String agencyCode,
        String caseNo,
        String caseType,
        String score,
        String grade,
        List<String> vetoHits,
        List<String> problems,
        boolean rectificationRequired) implements DomainEvent {
}
