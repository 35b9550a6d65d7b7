package cn.gov.lyg.enforcement.catalog.agency;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.personnel.AgencyChanged;
import cn.gov.lyg.enforcement.events.personnel.AgencyClosed;
import cn.gov.lyg.enforcement.events.personnel.AgencyEvent;
import cn.gov.lyg.enforcement.events.personnel.AgencyRegistered;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the catalog's agency projection from personnel-service's {@code personnel.agencies.v1}: AgencyRegistered,
 * AgencyChanged and AgencyClosed each carry the whole agency, so an agency registered, renamed, given other domains or
 * closed in personnel-service is known to the catalog's checks (C3, C5) within a moment. Idempotent per event id and
 * per agency version; a payload that breaks its schema goes to the DLT at once. Personnel announces its reference
 * agencies once, and a new consumer group reads the topic from the beginning, so a fresh catalog database converges
 * to personnel's register.
 */
@Component
@ConditionalOnProperty(name = "catalog.agency-consumer.enabled", havingValue = "true", matchIfMissing = true)
public class AgencyEventConsumer {

    static final String CONSUMER = "catalog-agencies";
    private static final Logger log = LoggerFactory.getLogger(AgencyEventConsumer.class);
    private static final Map<String, Class<? extends AgencyEvent>> TYPES = Map.of(
            EventContracts.of(AgencyRegistered.class).type(), AgencyRegistered.class,
            EventContracts.of(AgencyChanged.class).type(), AgencyChanged.class,
            EventContracts.of(AgencyClosed.class).type(), AgencyClosed.class);

    private final ProcessedEvents processed;
    private final AgencyDirectory directory;
    private final JsonMapper json;

    public AgencyEventConsumer(ProcessedEvents processed, AgencyDirectory directory, JsonMapper json) {
        this.processed = processed;
        this.directory = directory;
        this.json = json;
    }

    @KafkaListener(topics = Topics.PERSONNEL_AGENCIES, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        Class<? extends AgencyEvent> type = TYPES.get(event.type());
        if (type == null) {
            return; // a later event type on the topic: not needed for the projection
        }
        AgencyEvent payload = event.payload(json, type);
        Agency entry = AgencyProjection.of(payload);
        processed.handleOnce(CONSUMER, event, e -> {
            if (directory.apply(entry)) {
                log.info("agency {} ({}) from {} v{}: active={}, domains={}", entry.agencyCode(), entry.name(),
                        type.getSimpleName(), entry.sourceVersion(), entry.active(), entry.domains());
            }
        });
    }
}
