package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.InspectionRecordSubmitted;
import cn.gov.lyg.enforcement.events.personnel.CertificateEvent;
import cn.gov.lyg.enforcement.events.personnel.CertificateCancelled;
import cn.gov.lyg.enforcement.events.personnel.CertificateExpired;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateReinstated;
import cn.gov.lyg.enforcement.events.personnel.CertificateRenewed;
import cn.gov.lyg.enforcement.events.personnel.CertificateReportedLost;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.personnel.CertificateWithdrawn;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewFailed;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewPassed;
import cn.gov.lyg.enforcement.events.personnel.OfficerDutyChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerLeftService;
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the statistics: case milestones of the case register ({@code supervision.cases.v1}) and inspection records
 * ({@code inspection.inspections.v1}) into the per-agency/year tallies (group {@value #CONSUMER}), personnel's
 * certificate and officer events into the 持证率 projection (group {@value #HOLDINGS}). Idempotent per event id
 * ({@link ProcessedEvents}, and the event id inside the tally document); the CloudEvent source is checked by the
 * platform (only the owning service of each topic).
 */
@Component
public class StatisticsEventConsumer {

    public static final String CONSUMER = "supervision-statistics";
    public static final String HOLDINGS = "supervision-holdings";

    private static final String MILESTONE = EventContracts.of(CaseMilestoneRecorded.class).type();
    private static final String RECORD = EventContracts.of(InspectionRecordSubmitted.class).type();
    private static final Map<String, Class<? extends CertificateEvent>> CERTIFICATE_TYPES = List.<Class<?
            extends CertificateEvent>>of(CertificateIssued.class, CertificateSuspended.class,
            CertificateReinstated.class, CertificateWithdrawn.class, CertificateRevoked.class,
            CertificateCancelled.class, CertificateExpired.class, CertificateReportedLost.class,
            CertificateRenewed.class, AnnualReviewPassed.class, AnnualReviewFailed.class).stream()
            .collect(Collectors.toMap(c -> EventContracts.of(c).type(), Function.identity()));

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
        if (MILESTONE.equals(event.type())) {
            CaseMilestoneRecorded e = event.payload(json, CaseMilestoneRecorded.class);
            processed.handleOnce(CONSUMER, event, x -> statistics.onCaseMilestone(event.id(), e));
        } else if (RECORD.equals(event.type())) {
            InspectionRecordSubmitted e = event.payload(json, InspectionRecordSubmitted.class);
            processed.handleOnce(CONSUMER, event, x -> statistics.onInspectionRecord(event.id(), e));
        }
    }

    @KafkaListener(topics = {Topics.PERSONNEL_CERTIFICATES, Topics.PERSONNEL_OFFICERS}, groupId = HOLDINGS)
    public void onPersonnel(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        Class<? extends CertificateEvent> certificateType = CERTIFICATE_TYPES.get(event.type());
        if (certificateType != null) {
            CertificateEvent e = event.payload(json, certificateType);
            var c = e.certificate();
            processed.handleOnce(HOLDINGS, event, x -> statistics.onCertificate(e.officerId(), e.agencyCode(),
                    e.regionCode(), c.certificateId(), new CertificateHolder.Cert(c.certificateKind(), c.status(),
                            c.validTo(), c.holderAgencyCode(), e.aggregateVersion())));
        } else if (event.type().equals(EventContracts.of(OfficerTransferred.class).type())) {
            OfficerTransferred e = event.payload(json, OfficerTransferred.class);
            processed.handleOnce(HOLDINGS, event, x -> statistics.onOfficer(e.aggregateId(), e.agencyCode(),
                    e.regionCode(), e.aggregateVersion(), true, null, false));
        } else if (event.type().equals(EventContracts.of(OfficerDutyChanged.class).type())) {
            OfficerDutyChanged e = event.payload(json, OfficerDutyChanged.class);
            processed.handleOnce(HOLDINGS, event, x -> statistics.onOfficer(e.aggregateId(), e.agencyCode(),
                    e.regionCode(), e.aggregateVersion(), false, !"NON_ENFORCEMENT_POST".equals(e.employmentStatus()),
                    false));
        } else if (event.type().equals(EventContracts.of(OfficerLeftService.class).type())) {
            OfficerLeftService e = event.payload(json, OfficerLeftService.class);
            processed.handleOnce(HOLDINGS, event, x -> statistics.onOfficer(e.aggregateId(), e.agencyCode(),
                    e.regionCode(), e.aggregateVersion(), false, null, true));
        }
    }
}
