package cn.gov.lyg.enforcement.inspection.eligibility;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewFailed;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewPassed;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStatusChanged;
import cn.gov.lyg.enforcement.events.personnel.CertificateCancelled;
import cn.gov.lyg.enforcement.events.personnel.CertificateEvent;
import cn.gov.lyg.enforcement.events.personnel.CertificateExpired;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateReinstated;
import cn.gov.lyg.enforcement.events.personnel.CertificateRenewed;
import cn.gov.lyg.enforcement.events.personnel.CertificateReportedLost;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.personnel.CertificateWithdrawn;
import cn.gov.lyg.enforcement.events.personnel.OfficerDutyChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerLeftService;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.events.personnel.RecusalDeclared;
import cn.gov.lyg.enforcement.events.personnel.RecusalWithdrawn;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code personnel.certificates.v1} and {@code personnel.officers.v1} into the eligibility projection:
 * idempotent per event id ({@link ProcessedEvents}, which also checks that the CloudEvent source may produce the
 * topic: personnel only, anything else goes to the DLT) and per aggregate version. Every version of an event
 * contract a replay can meet is read (certificate events v1 and v2; a v1 snapshot is upcast). {@link #replay()} seeks
 * both topics to their beginning (the rebuild path; topics keep their events, see the README).
 */
@Component
public class PersonnelEventConsumer extends AbstractConsumerSeekAware {

    public static final String CONSUMER = "inspection-eligibility";

    private static final List<Class<? extends CertificateEvent>> CERTIFICATE_EVENTS = List.of(
            CertificateIssued.class, CertificateSuspended.class, CertificateReinstated.class,
            CertificateWithdrawn.class, CertificateRevoked.class, CertificateCancelled.class, CertificateExpired.class,
            CertificateReportedLost.class, CertificateRenewed.class, AnnualReviewPassed.class,
            AnnualReviewFailed.class);

    private final ProcessedEvents processed;
    private final EligibilityService eligibility;
    private final JsonMapper json;
    private final Map<String, Class<? extends CertificateEvent>> certificateTypes = new HashMap<>();
    private final Map<String, Handler<?>> officerHandlers = new HashMap<>();

    /** How one officer-topic event class is applied. */
    private record Handler<T extends DomainEvent>(Class<T> type, Consumer<T> apply) {

        void handle(IncomingEvent event, JsonMapper json, ProcessedEvents processed) {
            T payload = event.payload(json, type);
            processed.handleOnce(CONSUMER, event, e -> apply.accept(payload));
        }
    }

    PersonnelEventConsumer(ProcessedEvents processed, EligibilityService eligibility, JsonMapper json) {
        this.processed = processed;
        this.eligibility = eligibility;
        this.json = json;
        CERTIFICATE_EVENTS.forEach(c -> EventContracts.readableTypes(c).forEach(t -> certificateTypes.put(t, c)));
        officer(OfficerTransferred.class, eligibility::onTransfer);
        officer(OfficerDutyChanged.class, eligibility::onDuty);
        officer(OfficerLeftService.class, eligibility::onLeft);
        officer(OfficerProfileChanged.class, eligibility::onProfile);
        officer(RecusalDeclared.class, eligibility::onRecusal);
        officer(RecusalWithdrawn.class, eligibility::onRecusalWithdrawn);
        officer(AuxiliaryStaffRegistered.class, eligibility::onAuxiliary);
        officer(AuxiliaryStatusChanged.class, eligibility::onAuxiliaryStatus);
    }

    private <T extends DomainEvent> void officer(Class<T> type, Consumer<T> apply) {
        EventContracts.readableTypes(type).forEach(t -> officerHandlers.put(t, new Handler<>(type, apply)));
    }

    @KafkaListener(topics = Topics.PERSONNEL_CERTIFICATES, groupId = CONSUMER)
    public void onCertificate(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        Class<? extends CertificateEvent> type = certificateTypes.get(event.type());
        if (type == null) {
            return;
        }
        CertificateEvent payload = event.payload(json, type);
        processed.handleOnce(CONSUMER, event, e -> eligibility.onCertificate(payload,
                payload.certificate().upcastFromV1()));
    }

    @KafkaListener(topics = Topics.PERSONNEL_OFFICERS, groupId = CONSUMER)
    public void onOfficer(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        Handler<?> handler = officerHandlers.get(event.type());
        if (handler != null) {
            handler.handle(event, json, processed);
        }
    }

    /** The rebuild: empties the projection and replays both topics from their beginning. */
    public void replay() {
        eligibility.clear(List.of(CONSUMER));
        seekToBeginning();
    }
}
