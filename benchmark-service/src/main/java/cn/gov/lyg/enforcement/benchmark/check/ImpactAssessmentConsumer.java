package cn.gov.lyg.enforcement.benchmark.check;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.EconomicImpactAssessed;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.InvalidEventException;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows {@code inspection.impact-assessments.v1}: every {@code EconomicImpactAssessed} updates the projection the
 * decision check reads (approved → the assessment is on file; submitted or returned → pending). Only
 * inspection-service may report assessments (CloudEvent source {@value #SOURCE}, also enforced by the platform's
 * {@code EventSourcePolicy} for the topic); idempotent per event id, and only a newer aggregate version replaces the
 * stored state.
 */
@Component
public class ImpactAssessmentConsumer {

    public static final String CONSUMER = "benchmark-impact-assessments";
    static final String SOURCE = "/enforcement/inspection";
    private static final String TYPE = EventContracts.of(EconomicImpactAssessed.class).type();
    private static final Logger log = LoggerFactory.getLogger(ImpactAssessmentConsumer.class);

    private final ProcessedEvents processed;
    private final ReportedAssessmentStore store;
    private final JsonMapper json;

    public ImpactAssessmentConsumer(ProcessedEvents processed, ReportedAssessmentStore store, JsonMapper json) {
        this.processed = processed;
        this.store = store;
        this.json = json;
    }

    @KafkaListener(topics = Topics.INSPECTION_IMPACT_ASSESSMENTS, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!TYPE.equals(event.type())) {
            return;
        }
        if (!SOURCE.equals(event.source())) {
            throw new InvalidEventException("economic impact assessment from " + event.source());
        }
        EconomicImpactAssessed assessed = event.payload(json, EconomicImpactAssessed.class);
        processed.handleOnce(CONSUMER, event, e -> apply(assessed));
    }

    void apply(EconomicImpactAssessed a) {
        boolean applied = store.apply(new ReportedAssessment(ReportedAssessment.key(a.agencyCode(), a.caseId()),
                a.aggregateId(), a.agencyCode(), a.caseId(), a.uscc(), a.domain(), a.proposedMeasures(),
                a.riskLevel(), a.status(), a.approvedOn(), a.aggregateVersion()));
        log.debug("assessment {} of case {} v{} {}: {}", a.aggregateId(), a.caseId(), a.aggregateVersion(), a.status(),
                applied ? "applied" : "older, ignored");
    }
}
