package cn.gov.lyg.enforcement.benchmark.catalog;

import cn.gov.lyg.enforcement.benchmark.benchmark.ReviewFlags;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.LawChangeRecorded;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.InvalidEventException;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows {@code catalog.law-changes.v1}: a law change 立改废 flags every benchmark entry citing the changed provision
 * (the article, or any article of the law when the whole law changed) REVIEW_REQUIRED, whether or not a catalog item
 * cites it, and a repeal is kept for {@code PROVISION_REPEALED}. The review reason is the one the item events of the
 * same change give, so an entry reached both ways is flagged once. Idempotent per event id; only the catalog counts.
 */
@Component
public class LawChangeConsumer {

    public static final String CONSUMER = "benchmark-catalog-law-changes";
    private static final String TYPE = EventContracts.of(LawChangeRecorded.class).type();

    private final ProcessedEvents processed;
    private final LawChangeStore lawChanges;
    private final ReviewFlags flags;
    private final JsonMapper json;

    public LawChangeConsumer(ProcessedEvents processed, LawChangeStore lawChanges, ReviewFlags flags, JsonMapper json) {
        this.processed = processed;
        this.lawChanges = lawChanges;
        this.flags = flags;
        this.json = json;
    }

    @KafkaListener(topics = Topics.CATALOG_LAW_CHANGES, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!TYPE.equals(event.type())) {
            return;
        }
        if (!CatalogItemConsumer.SOURCE.equals(event.source())) {
            throw new InvalidEventException("law change event from " + event.source());
        }
        LawChangeRecorded change = event.payload(json, LawChangeRecorded.class);
        processed.handleOnce(CONSUMER, event, e -> apply(change));
    }

    void apply(LawChangeRecorded change) {
        flags.flagProvision(change.lawName(), change.article(),
                CatalogItemConsumer.lawChangeReason(change.changeType(), change.lawName(), change.article()));
        lawChanges.save(new LawChangeRecord(change.aggregateId(), change.lawName(), change.article(),
                change.changeType(), change.effectiveDate()));
    }
}
