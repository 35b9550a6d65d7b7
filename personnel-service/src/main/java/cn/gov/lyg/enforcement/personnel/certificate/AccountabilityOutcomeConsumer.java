package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided;
import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStatus;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStore;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.InvalidEventException;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes accountability outcomes 问责 from supervision-service ({@link AccountabilityOutcomeDecided} on
 * {@code supervision.accountability.v1}) and applies the certificate measure: suspend, reinstate, withdraw or revoke
 * the officer's enforcement certificate (the named one, else the current ACTIVE/SUSPENDED one). Idempotent per event
 * id; a payload that breaks the schema goes to the DLT at once; a measure the certificate's state no longer allows
 * (e.g. revoking a revoked certificate) is logged and skipped, so replays are safe. Only supervision-service may send
 * these (the platform's {@code EventSourcePolicy}: source {@code /enforcement/supervision}, else the DLT). The event id
 * is saved in the certificate together with the measure ({@code markProcessed}), so a redelivery after a crash
 * between the save and the consumer's processed mark, or a late replay after later outcomes, changes nothing.
 */
@Component
@ConditionalOnProperty(name = "personnel.accountability-consumer.enabled", havingValue = "true", matchIfMissing = true)
public class AccountabilityOutcomeConsumer {

    static final String CONSUMER = "personnel-accountability";
    private static final Logger log = LoggerFactory.getLogger(AccountabilityOutcomeConsumer.class);
    private static final String TYPE = EventContracts.of(AccountabilityOutcomeDecided.class).type();

    private final ProcessedEvents processed;
    private final CertificateStore certificates;
    private final JsonMapper json;
    private final Clock clock;

    public AccountabilityOutcomeConsumer(ProcessedEvents processed, CertificateStore certificates, JsonMapper json,
                                         Clock clock) {
        this.processed = processed;
        this.certificates = certificates;
        this.json = json;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.SUPERVISION_ACCOUNTABILITY, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!TYPE.equals(event.type())) {
            return; // other accountability events are not for us
        }
        AccountabilityOutcomeDecided outcome = event.payload(json, AccountabilityOutcomeDecided.class);
        processed.handleOnce(CONSUMER, event, e -> apply(outcome));
    }

    /** Applies one outcome; returns the certificate changed, if any. */
    public Optional<Certificate> apply(AccountabilityOutcomeDecided outcome) {
        if ("NO_CERTIFICATE_MEASURE".equals(outcome.measure())) {
            return Optional.empty();
        }
        Optional<Certificate> target = outcome.certificateId() != null
                ? certificates.findById(outcome.certificateId()).filter(c -> c.getOfficerId().equals(outcome.officerId()))
                : certificates.findByOfficerAndStatus(outcome.officerId(), Set.of(CertificateStatus.ACTIVE,
                        CertificateStatus.SUSPENDED)).stream()
                .filter(c -> c.getCertificateKind() == CertificateKind.ENFORCEMENT).findFirst();
        if (target.isEmpty()) {
            log.warn("accountability outcome {} names no certificate of officer {} that can be acted on",
                    outcome.aggregateId(), outcome.officerId());
            return Optional.empty();
        }
        Certificate c = target.get();
        if (!c.markProcessed(CONSUMER + "/" + outcome.eventId())) {
            log.info("accountability outcome {} (event {}) already applied to certificate {}: skipped",
                    outcome.aggregateId(), outcome.eventId(), c.getId());
            return Optional.empty();
        }
        String actor = "supervision:" + (outcome.decidedBy() == null ? "accountability" : outcome.decidedBy());
        String reason = "ACCOUNTABILITY:" + (outcome.decisionRef() == null ? outcome.aggregateId()
                : outcome.decisionRef()) + ":" + outcome.reason();
        try {
            switch (outcome.measure()) {
                case "SUSPEND_CERTIFICATE" -> c.suspend(reason, outcome.suspendedUntil() != null
                        && outcome.suspendedUntil().isAfter(LocalDate.now(clock)) ? outcome.suspendedUntil() : null,
                        actor, clock);
                case "REINSTATE_CERTIFICATE" -> c.reinstate(actor, reason, clock);
                case "WITHDRAW_CERTIFICATE" -> c.withdraw(reason, actor, clock);
                case "REVOKE_CERTIFICATE" -> c.revoke(reason, actor, clock);
                default -> throw new InvalidEventException("unknown measure " + outcome.measure());
            }
        } catch (ApiException e) {
            log.warn("accountability outcome {} not applicable to certificate {} ({}): skipped",
                    outcome.aggregateId(), c.getId(), e.code());
            return Optional.empty();
        }
        return Optional.of(certificates.save(c));
    }
}
