package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewFailed;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewPassed;
import cn.gov.lyg.enforcement.events.personnel.CertificateCancelled;
import cn.gov.lyg.enforcement.events.personnel.CertificateEvent;
import cn.gov.lyg.enforcement.events.personnel.CertificateExpired;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateReinstated;
import cn.gov.lyg.enforcement.events.personnel.CertificateRenewed;
import cn.gov.lyg.enforcement.events.personnel.CertificateReportedLost;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.personnel.CertificateWithdrawn;
import cn.gov.lyg.enforcement.events.personnel.OfficerDutyChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerLeftService;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which of personnel's events feed the 持证率 projection and what each says about one officer (plain functions): every
 * certificate event, in every version its contract still lets appear on {@code personnel.certificates.v1} (a v1
 * event, without the review due date, reads the same as v2: the projection does not use that date), and the officer
 * events of {@code personnel.officers.v1}, each of which carries the officer's agency and employment status after it
 * (registration and profile changes, transfers, duty changes, leaving). Auxiliary staff 辅助人员 are another aggregate
 * of personnel with events of their own: they are not enforcement officers and never enter the projection.
 */
final class HoldingEvents {

    /** What an event says about one officer. */
    sealed interface Change permits CertificateChange, OfficerChange {
        String officerId();

        String agencyCode();

        String regionCode();
    }

    /** A certificate's state after a certificate event (version = the certificate's aggregate version). */
    record CertificateChange(String officerId, String agencyCode, String regionCode, String certificateId,
                             CertificateHolder.Cert cert) implements Change {
    }

    /** The officer's agency and employment status after an officer event (version = the officer's). */
    record OfficerChange(String officerId, String agencyCode, String regionCode, long version,
                         String employmentStatus) implements Change {
    }

    static final List<Class<? extends CertificateEvent>> CERTIFICATE_EVENTS = List.of(CertificateIssued.class,
            CertificateSuspended.class, CertificateReinstated.class, CertificateWithdrawn.class,
            CertificateRevoked.class, CertificateCancelled.class, CertificateExpired.class,
            CertificateReportedLost.class, CertificateRenewed.class, AnnualReviewPassed.class,
            AnnualReviewFailed.class);

    private static final Map<String, Function<Reader, Change>> BY_TYPE = new HashMap<>();

    static {
        for (Class<? extends CertificateEvent> type : CERTIFICATE_EVENTS) {
            register(type, e -> {
                CertificateSnapshot c = e.certificate().upcastFromV1();
                return new CertificateChange(e.officerId(), e.agencyCode(), e.regionCode(), c.certificateId(),
                        new CertificateHolder.Cert(c.certificateKind(), c.status(), c.validTo(),
                                c.holderAgencyCode(), e.aggregateVersion()));
            });
        }
        register(OfficerProfileChanged.class, e -> new OfficerChange(e.aggregateId(), e.agencyCode(),
                e.regionCode(), e.aggregateVersion(), e.employmentStatus()));
        register(OfficerTransferred.class, e -> new OfficerChange(e.aggregateId(), e.agencyCode(), e.regionCode(),
                e.aggregateVersion(), e.employmentStatus()));
        register(OfficerDutyChanged.class, e -> new OfficerChange(e.aggregateId(), e.agencyCode(), e.regionCode(),
                e.aggregateVersion(), e.employmentStatus()));
        register(OfficerLeftService.class, e -> new OfficerChange(e.aggregateId(), e.agencyCode(), e.regionCode(),
                e.aggregateVersion(), e.employmentStatus()));
    }

    private record Reader(IncomingEvent event, JsonMapper json) {
    }

    private HoldingEvents() {
    }

    private static <T extends DomainEvent> void register(Class<T> type, Function<T, Change> change) {
        for (String version : EventContracts.readableTypes(type)) {
            BY_TYPE.put(version, r -> change.apply(r.event().payload(r.json(), type)));
        }
    }

    /** Every CloudEvent type (all versions) the projection reads. */
    static Set<String> types() {
        return Set.copyOf(BY_TYPE.keySet());
    }

    /** What the event says about an officer; empty for the events the projection does not read. */
    static Optional<Change> of(IncomingEvent event, JsonMapper json) {
        Function<Reader, Change> change = BY_TYPE.get(event.type());
        return change == null ? Optional.empty() : Optional.of(change.apply(new Reader(event, json)));
    }
}
