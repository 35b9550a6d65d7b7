package cn.gov.lyg.enforcement.inspection.eligibility;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewFailed;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewPassed;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered;
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
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.events.personnel.RecusalDeclared;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code personnel.certificates.v1} and {@code personnel.officers.v1} into the eligibility projection:
 * idempotent per event id ({@link ProcessedEvents}) and per aggregate version; only events whose CloudEvent source is
 * personnel-service are applied. {@link #replay()} seeks both topics to their beginning (the rebuild path; topics keep
 * their events, see the README).
 */
@Component
public class PersonnelEventConsumer extends AbstractConsumerSeekAware {

    public static final String CONSUMER = "inspection-eligibility";
    static final String PERSONNEL_SOURCE = "/enforcement/personnel";
    private static final Logger log = LoggerFactory.getLogger(PersonnelEventConsumer.class);

    private static final Map<String, Class<? extends CertificateEvent>> CERTIFICATE_TYPES = types(List.of(
            CertificateIssued.class, CertificateSuspended.class, CertificateReinstated.class,
            CertificateWithdrawn.class, CertificateRevoked.class, CertificateCancelled.class, CertificateExpired.class,
            CertificateReportedLost.class, CertificateRenewed.class, AnnualReviewPassed.class,
            AnnualReviewFailed.class));

    private final ProcessedEvents processed;
    private final EligibilityService eligibility;
    private final JsonMapper json;

    PersonnelEventConsumer(ProcessedEvents processed, EligibilityService eligibility, JsonMapper json) {
        this.processed = processed;
        this.eligibility = eligibility;
        this.json = json;
    }

    private static <T> Map<String, Class<? extends T>> types(List<Class<? extends T>> classes) {
        return classes.stream().collect(Collectors.toMap(c -> EventContracts.of(c).type(), Function.identity()));
    }

    @KafkaListener(topics = Topics.PERSONNEL_CERTIFICATES, groupId = CONSUMER)
    public void onCertificate(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        Class<? extends CertificateEvent> type = CERTIFICATE_TYPES.get(event.type());
        if (type == null || !fromPersonnel(event)) {
            return;
        }
        CertificateEvent payload = event.payload(json, type);
        processed.handleOnce(CONSUMER, event, e -> eligibility.onCertificate(payload));
    }

    @KafkaListener(topics = Topics.PERSONNEL_OFFICERS, groupId = CONSUMER)
    public void onOfficer(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!fromPersonnel(event)) {
            return;
        }
        String type = event.type();
        if (type.equals(EventContracts.of(OfficerTransferred.class).type())) {
            OfficerTransferred p = event.payload(json, OfficerTransferred.class);
            processed.handleOnce(CONSUMER, event, e -> eligibility.onTransfer(p));
        } else if (type.equals(EventContracts.of(OfficerDutyChanged.class).type())) {
            OfficerDutyChanged p = event.payload(json, OfficerDutyChanged.class);
            processed.handleOnce(CONSUMER, event, e -> eligibility.onDuty(p));
        } else if (type.equals(EventContracts.of(OfficerLeftService.class).type())) {
            OfficerLeftService p = event.payload(json, OfficerLeftService.class);
            processed.handleOnce(CONSUMER, event, e -> eligibility.onLeft(p));
        } else if (type.equals(EventContracts.of(RecusalDeclared.class).type())) {
            RecusalDeclared p = event.payload(json, RecusalDeclared.class);
            processed.handleOnce(CONSUMER, event, e -> eligibility.onRecusal(p));
        } else if (type.equals(EventContracts.of(AuxiliaryStaffRegistered.class).type())) {
            AuxiliaryStaffRegistered p = event.payload(json, AuxiliaryStaffRegistered.class);
            processed.handleOnce(CONSUMER, event, e -> eligibility.onAuxiliary(p));
        }
    }

    private static boolean fromPersonnel(IncomingEvent event) {
        if (!PERSONNEL_SOURCE.equals(event.source())) {
            log.warn("ignored event {} of type {} from source {}", event.id(), event.type(), event.source());
            return false;
        }
        return true;
    }

    /** The rebuild: empties the projection and replays both topics from their beginning. */
    public void replay() {
        eligibility.clear(List.of(CONSUMER));
        seekToBeginning();
    }
}
