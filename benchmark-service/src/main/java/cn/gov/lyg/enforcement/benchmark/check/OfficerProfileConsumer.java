package cn.gov.lyg.enforcement.benchmark.check;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows personnel's officer profiles ({@code OfficerProfileChanged} on {@code personnel.officers.v1}) into the
 * reviewer projection the legal-review check reads (Art. 58 §2). Idempotent per event id ({@link ProcessedEvents},
 * which also accepts only personnel as the source) and per officer version (older or repeated profiles change
 * nothing). Other events of the topic are not read.
 */
@Component
public class OfficerProfileConsumer {

    public static final String CONSUMER = "benchmark-officer-profiles";
    private static final Set<String> TYPES = Set.copyOf(EventContracts.readableTypes(OfficerProfileChanged.class));

    private final ProcessedEvents processed;
    private final ReviewerProfileStore store;
    private final JsonMapper json;

    OfficerProfileConsumer(ProcessedEvents processed, ReviewerProfileStore store, JsonMapper json) {
        this.processed = processed;
        this.store = store;
        this.json = json;
    }

    @KafkaListener(topics = Topics.PERSONNEL_OFFICERS, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!TYPES.contains(event.type())) {
            return;
        }
        OfficerProfileChanged profile = event.payload(json, OfficerProfileChanged.class);
        processed.handleOnce(CONSUMER, event, e -> apply(profile));
    }

    boolean apply(OfficerProfileChanged p) {
        return store.upsertIfNewer(new ReviewerProfileDocument(p.aggregateId(), p.agencyCode(), p.legalReviewer(),
                p.legalProfessionQualified(), p.legalReviewerSince(), p.aggregateVersion()));
    }
}
