package cn.gov.lyg.enforcement.platform.agency;

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
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the {@link AgencyDirectory} from personnel-service's {@code personnel.agencies.v1}: AgencyRegistered,
 * AgencyChanged and AgencyClosed each carry the whole agency, so an agency registered, renamed, given other domains or
 * closed in personnel-service is known to the service within a moment. Idempotent per event id and per agency
 * version; a payload that breaks its schema goes to the DLT at once. Personnel announces its reference agencies once,
 * and a new consumer group reads the topic from the beginning, so a fresh database converges to personnel's register.
 * The consumer group (and the {@link ProcessedEvents} consumer name) is
 * {@code enforcement.agency-directory.consumer-group}, by default {@code <spring.application.name>-agencies}.
 */
public class AgencyEventConsumer {

    private static final Logger log = LoggerFactory.getLogger(AgencyEventConsumer.class);
    private static final Map<String, Class<? extends AgencyEvent>> TYPES = Map.of(
            EventContracts.of(AgencyRegistered.class).type(), AgencyRegistered.class,
            EventContracts.of(AgencyChanged.class).type(), AgencyChanged.class,
            EventContracts.of(AgencyClosed.class).type(), AgencyClosed.class);

    private final ProcessedEvents processed;
    private final AgencyDirectory directory;
    private final JsonMapper json;
    private final String consumer;

    public AgencyEventConsumer(ProcessedEvents processed, AgencyDirectory directory, JsonMapper json,
                               String consumer) {
        this.processed = processed;
        this.directory = directory;
        this.json = json;
        this.consumer = consumer;
    }

    /** The consumer group and {@link ProcessedEvents} name of this consumer. */
    public String consumer() {
        return consumer;
    }

    @KafkaListener(topics = Topics.PERSONNEL_AGENCIES, groupId = "#{__listener.consumer()}")
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        Class<? extends AgencyEvent> type = TYPES.get(event.type());
        if (type == null) {
            return; // a later event type on the topic: not needed for the directory
        }
        AgencyEvent payload = event.payload(json, type);
        Agency entry = AgencyProjection.of(payload);
        processed.handleOnce(consumer, event, e -> {
            if (directory.apply(entry)) {
                log.info("agency {} ({}) from {} v{}: active={}, domains={}", entry.agencyCode(), entry.name(),
                        type.getSimpleName(), entry.sourceVersion(), entry.active(), entry.domains());
            }
        });
    }
}
