package cn.gov.lyg.enforcement.supervision.accountability;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.supervision.CaseFileReviewCompleted;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.events.supervision.ComplaintClosed;
import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintFinding;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.time.ZoneId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens accountability cases from what supervision-service itself published through its outbox (so a trigger is never
 * lost between the write that caused it and the reaction): a reconsideration or litigation that did not let the
 * decision stand ({@code supervision.cases.v1}), a substantiated complaint ({@code supervision.complaints.v1}), an
 * UNQUALIFIED case-file review ({@code supervision.reviews.v1}). Own consumer group {@value #CONSUMER}; idempotent
 * per event id and per trigger (the case id derives from it).
 */
@Component
public class AccountabilityTriggerConsumer {

    public static final String CONSUMER = "supervision-accountability";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String MILESTONE = EventContracts.of(CaseMilestoneRecorded.class).type();
    private static final String COMPLAINT_CLOSED = EventContracts.of(ComplaintClosed.class).type();
    private static final String REVIEW = EventContracts.of(CaseFileReviewCompleted.class).type();

    private final ProcessedEvents processed;
    private final AccountabilityService accountability;
    private final JsonMapper json;
    private final boolean partlySubstantiatedTriggers;

    AccountabilityTriggerConsumer(ProcessedEvents processed, AccountabilityService accountability, JsonMapper json,
                                  @Value("${supervision.accountability.partly-substantiated-triggers:false}")
                                  boolean partly) {
        this.processed = processed;
        this.accountability = accountability;
        this.json = json;
        this.partlySubstantiatedTriggers = partly;
    }

    @KafkaListener(topics = {Topics.SUPERVISION_CASES, Topics.SUPERVISION_COMPLAINTS, Topics.SUPERVISION_REVIEWS},
            groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (MILESTONE.equals(event.type())) {
            CaseMilestoneRecorded e = event.payload(json, CaseMilestoneRecorded.class);
            RemedyOutcome outcome = e.outcome() == null ? null : RemedyOutcome.valueOf(e.outcome());
            AccountabilityRules.triggerOf(CaseMilestone.valueOf(e.milestone()), outcome).ifPresent(trigger ->
                    processed.handleOnce(CONSUMER, event, x -> accountability.openFromTrigger(trigger,
                            e.aggregateId() + ":" + e.milestone(), event.id(), e.agencyCode(), e.regionCode(),
                            e.caseNo(), CaseMilestone.valueOf(e.milestone()).displayName() + "："
                                    + outcome.displayName() + "（" + e.caseNo() + "）", null, e.occurredOn())));
        } else if (COMPLAINT_CLOSED.equals(event.type())) {
            ComplaintClosed e = event.payload(json, ComplaintClosed.class);
            if (e.finding() != null && AccountabilityRules.triggers(ComplaintFinding.valueOf(e.finding()),
                    partlySubstantiatedTriggers) && e.respondentAgencyCode() != null) {
                processed.handleOnce(CONSUMER, event, x -> accountability.openFromTrigger(
                        AccountabilityTrigger.COMPLAINT_SUBSTANTIATED, e.aggregateId(), event.id(),
                        e.respondentAgencyCode(), e.regionCode(), null, "投诉举报查证属实（"
                                + (e.externalOrderNo() == null ? e.aggregateId() : e.externalOrderNo()) + "）", null,
                        e.occurredAt().atZoneSameInstant(ZONE).toLocalDate()));
            }
        } else if (REVIEW.equals(event.type())) {
            CaseFileReviewCompleted e = event.payload(json, CaseFileReviewCompleted.class);
            if (AccountabilityRules.triggers(ReviewGrade.valueOf(e.grade()), e.vetoHits())) {
                processed.handleOnce(CONSUMER, event, x -> accountability.openFromTrigger(
                        AccountabilityTrigger.REVIEW_UNQUALIFIED, e.aggregateId(), event.id(), e.agencyCode(),
                        e.regionCode(), e.caseNo(), "案卷评查不合格（" + e.caseNo() + "）", null,
                        e.occurredAt().atZoneSameInstant(ZONE).toLocalDate()));
            }
        }
    }
}
