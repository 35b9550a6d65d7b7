package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkApplied;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows {@code benchmark.applications.v1} (its own consumer group, so that other listeners of the service never
 * share its partitions): each {@code BenchmarkApplied} is linked to the case register's decision of the same agency
 * and case number instead of being counted as a second decision; other event types of the topic are ignored.
 * Idempotent per event id; only benchmark-service is trusted as the source (platform {@code EventSourcePolicy}).
 */
@Component
public class BenchmarkApplicationConsumer {

    public static final String CONSUMER = "supervision-service.caseregister";
    private static final String TYPE = EventContracts.of(BenchmarkApplied.class).type();

    private final ProcessedEvents processed;
    private final CaseService cases;
    private final JsonMapper json;
    private final Clock clock;

    public BenchmarkApplicationConsumer(ProcessedEvents processed, CaseService cases, JsonMapper json, Clock clock) {
        this.processed = processed;
        this.cases = cases;
        this.json = json;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.BENCHMARK_APPLICATIONS, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!TYPE.equals(event.type())) {
            return;
        }
        BenchmarkApplied applied = event.payload(json, BenchmarkApplied.class);
        processed.handleOnce(CONSUMER, event, e -> cases.applicationRecorded(new BenchmarkApplicationRecord(
                applied.aggregateId(), applied.agencyCode(), applied.regionCode(), applied.caseId(),
                applied.entryId(), applied.benchmarkVersionId(), applied.violationCode(), applied.decisionDate(),
                applied.finalPenaltyKinds(), applied.finalFine(), applied.withinRecommended(), applied.noPenalty(),
                CaseFile.idOf(applied.agencyCode(), applied.caseId()), clock.instant()), e.id()));
    }
}
