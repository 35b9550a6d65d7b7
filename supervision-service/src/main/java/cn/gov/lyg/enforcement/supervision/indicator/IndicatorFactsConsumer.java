package cn.gov.lyg.enforcement.supervision.indicator;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.supervision.CaseFileReviewCompleted;
import cn.gov.lyg.enforcement.events.supervision.ComplaintClosed;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the indicator facts only events carry: case-file review results ({@code supervision.reviews.v1}) and closed
 * complaints ({@code supervision.complaints.v1}). Own consumer group {@value #CONSUMER}.
 */
@Component
public class IndicatorFactsConsumer {

    public static final String CONSUMER = "supervision-indicators";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String REVIEW = EventContracts.of(CaseFileReviewCompleted.class).type();
    private static final String CLOSED = EventContracts.of(ComplaintClosed.class).type();

    private final ProcessedEvents processed;
    private final IndicatorService indicators;
    private final JsonMapper json;

    IndicatorFactsConsumer(ProcessedEvents processed, IndicatorService indicators, JsonMapper json) {
        this.processed = processed;
        this.indicators = indicators;
        this.json = json;
    }

    @KafkaListener(topics = {Topics.SUPERVISION_REVIEWS, Topics.SUPERVISION_COMPLAINTS}, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (REVIEW.equals(event.type())) {
            CaseFileReviewCompleted e = event.payload(json, CaseFileReviewCompleted.class);
            processed.handleOnce(CONSUMER, event, x -> indicators.onReview(event.id(), e.agencyCode(),
                    e.occurredAt().atZoneSameInstant(ZONE).getYear(), new BigDecimal(e.score()),
                    "UNQUALIFIED".equals(e.grade())));
        } else if (CLOSED.equals(event.type())) {
            ComplaintClosed e = event.payload(json, ComplaintClosed.class);
            if (e.respondentAgencyCode() != null) {
                processed.handleOnce(CONSUMER, event, x -> indicators.onComplaintClosed(event.id(),
                        e.respondentAgencyCode(), e.occurredAt().atZoneSameInstant(ZONE).getYear(),
                        "SUBSTANTIATED".equals(e.finding()), e.overdueCount()));
            }
        }
    }
}
