package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.InspectionRecordSubmitted;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneCorrected;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the statistics: case milestones of the case register ({@code supervision.cases.v1}: first reports and
 * corrections, which move the tallies by difference) and inspection records ({@code inspection.inspections.v1}) into
 * the per-agency/year tallies (group {@value #CONSUMER}), personnel's certificate and officer events, in every version
 * their contracts still allow on the topics, into the 持证率 projection (group {@value #HOLDINGS},
 * {@link HoldingEvents}). Idempotent per event id ({@link ProcessedEvents}, and the event id inside the tally
 * document); the CloudEvent source is checked by the platform (only the owning service of each topic).
 */
@Component
public class StatisticsEventConsumer {

    public static final String CONSUMER = "supervision-statistics";
    public static final String HOLDINGS = "supervision-holdings";

    private static final Set<String> RECORDED = Set.copyOf(EventContracts.readableTypes(CaseMilestoneRecorded.class));
    private static final Set<String> CORRECTED = Set.copyOf(EventContracts.readableTypes(CaseMilestoneCorrected.class));
    private static final Set<String> RECORD = Set.copyOf(EventContracts.readableTypes(InspectionRecordSubmitted.class));

    private final ProcessedEvents processed;
    private final StatisticsService statistics;
    private final JsonMapper json;

    StatisticsEventConsumer(ProcessedEvents processed, StatisticsService statistics, JsonMapper json) {
        this.processed = processed;
        this.statistics = statistics;
        this.json = json;
    }

    @KafkaListener(topics = {Topics.SUPERVISION_CASES, Topics.INSPECTION_INSPECTIONS}, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (RECORDED.contains(event.type())) {
            ReportedMilestone report = ReportedMilestone.of(event.payload(json, CaseMilestoneRecorded.class));
            processed.handleOnce(CONSUMER, event, x -> statistics.onCaseMilestone(event.id(), report));
        } else if (CORRECTED.contains(event.type())) {
            ReportedMilestone report = ReportedMilestone.of(event.payload(json, CaseMilestoneCorrected.class));
            processed.handleOnce(CONSUMER, event, x -> statistics.onCaseMilestone(event.id(), report));
        } else if (RECORD.contains(event.type())) {
            InspectionRecordSubmitted e = event.payload(json, InspectionRecordSubmitted.class);
            processed.handleOnce(CONSUMER, event, x -> statistics.onInspectionRecord(event.id(), e));
        }
    }

    @KafkaListener(topics = {Topics.PERSONNEL_CERTIFICATES, Topics.PERSONNEL_OFFICERS}, groupId = HOLDINGS)
    public void onPersonnel(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        HoldingEvents.of(event, json).ifPresent(change ->
                processed.handleOnce(HOLDINGS, event, x -> statistics.onPersonnel(change)));
    }
}
