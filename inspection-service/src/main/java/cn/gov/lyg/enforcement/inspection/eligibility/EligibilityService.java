package cn.gov.lyg.enforcement.inspection.eligibility;

import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStatusChanged;
import cn.gov.lyg.enforcement.events.personnel.CertificateEvent;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.personnel.OfficerDutyChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerLeftService;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.events.personnel.RecusalDeclared;
import cn.gov.lyg.enforcement.events.personnel.RecusalWithdrawn;
import cn.gov.lyg.enforcement.inspection.draw.InspectorCandidate;
import cn.gov.lyg.enforcement.inspection.team.EligibilityLookup;
import cn.gov.lyg.enforcement.inspection.team.OfficerVerdict;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Keeps the officer eligibility projection from personnel's events and answers the team rules from it
 * ({@link EligibilityLookup}). Every change applies only a newer aggregate version (certificate, officer or recusal
 * version), so redelivered or reordered events change nothing.
 */
@Service
public class EligibilityService implements EligibilityLookup {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int ATTEMPTS = 5;

    private final EligibilityStore store;
    private final EligibilityRules rules;
    private final ApplicationEventPublisher publisher;
    private final PersonnelRecusals personnel;

    EligibilityService(EligibilityStore store, EligibilityRules rules, ApplicationEventPublisher publisher,
                       PersonnelRecusals personnel) {
        this.store = store;
        this.rules = rules;
        this.publisher = publisher;
        this.personnel = personnel;
    }

    /**
     * Whether the officer must recuse from a citizen party on {@code date}: asked from personnel, which alone holds
     * citizens' ID numbers ({@code 503 PERSONNEL_UNAVAILABLE} when it cannot answer — never "no conflict").
     *
     * @param idCardNo the party's ID number, already validated and normalised
     */
    @Override
    public boolean citizenRecused(String officerId, String idCardNo, LocalDate date) {
        return personnel.citizen(officerId, idCardNo, date).conflict();
    }

    @Override
    public OfficerVerdict officer(String officerId, LocalDate date, Set<String> domains, String region) {
        return store.officer(officerId).map(o -> rules.evaluate(o, date, domains, region))
                .orElseGet(() -> OfficerVerdict.unknown(officerId));
    }

    @Override
    public boolean auxiliaryActive(String auxiliaryId, String agencyCode) {
        return store.auxiliary(auxiliaryId)
                .filter(a -> "ACTIVE".equals(a.getStatus()) && a.getAgencyCode().equals(agencyCode)).isPresent();
    }

    @Override
    public boolean recused(String officerId, String uscc) {
        LocalDate today = LocalDate.now(SHANGHAI);
        return store.officer(officerId).map(o -> o.recusedFrom(uscc, today)).orElse(false);
    }

    /** Officers of an agency in the projection (the inspector pool of a draw). */
    public List<OfficerFacts> officersOf(String agencyCode) {
        return store.officersOf(agencyCode);
    }

    /**
     * The inspector pool of an agency for a draw on {@code date}: each officer of the projection with personnel's
     * verdict (before domain and area), the domains and area of the deciding certificate and the organisations the
     * officer declared a conflict with.
     */
    public List<InspectorCandidate> candidates(String agencyCode, LocalDate date, boolean fallback) {
        return store.officersOf(agencyCode).stream().map(o -> {
            OfficerVerdict v = rules.evaluate(o, date, Set.of(), null);
            var certificate = rules.currentCertificate(o, date);
            Set<String> recused = new HashSet<>();
            o.getRecusals().stream().filter(r -> r.covers(r.partyCreditCode(), date))
                    .forEach(r -> recused.add(r.partyCreditCode()));
            return new InspectorCandidate(o.getOfficerId(), v.assignable() && agencyCode.equals(v.agencyCode()),
                    certificate.map(CertificateFacts::getDomains).orElse(Set.of()),
                    certificate.map(CertificateFacts::getArea).orElse(List.of()), recused, fallback);
        }).toList();
    }

    public OfficerVerdict verdict(OfficerFacts officer, LocalDate date, Set<String> domains, String region) {
        return rules.evaluate(officer, date, domains, region);
    }

    public boolean recusedOn(OfficerFacts officer, String uscc, LocalDate date) {
        return officer.recusedFrom(uscc, date);
    }

    /**
     * A certificate event; {@code s} is its snapshot as of the current contract (a v1 snapshot upcast, see
     * {@link CertificateSnapshot#upcastFromV1()}).
     */
    void onCertificate(CertificateEvent event, CertificateSnapshot s) {
        LocalDate day = day(event.effectiveAt() != null ? event.effectiveAt() : event.occurredAt());
        boolean changed = update(s.officerId(), o -> {
            o.knownAgency(s.holderAgencyCode(), s.regionCode());
            CertificateFacts c = o.certificate(s.certificateId());
            boolean issuing = c.getStatus() == null;
            return c.apply(event.aggregateVersion(), s.certificateNo(), s.certificateKind(), s.holderAgencyCode(),
                    new HashSet<>(s.enforcementDomains()), s.enforcementArea(), s.validFrom(), s.validTo(),
                    s.lastReviewYear(), s.nextReviewDueDate(), s.status(), day, issuing);
        });
        if (changed) {
            publisher.publishEvent(new OfficerEligibilityChanged(s.officerId(), event.getClass().getSimpleName()));
        }
    }

    void onTransfer(OfficerTransferred e) {
        apply(e.aggregateId(), e.aggregateVersion(), e.agencyCode(), e.regionCode(), e.employmentStatus(),
                e.effectiveDate(), new OfficerFacts.Transfer(e.fromAgencyCode(), e.agencyCode(), e.effectiveDate()),
                "OfficerTransferred");
    }

    void onDuty(OfficerDutyChanged e) {
        apply(e.aggregateId(), e.aggregateVersion(), e.agencyCode(), e.regionCode(), e.employmentStatus(),
                e.effectiveDate(), null, "OfficerDutyChanged");
    }

    void onLeft(OfficerLeftService e) {
        apply(e.aggregateId(), e.aggregateVersion(), e.agencyCode(), e.regionCode(), e.employmentStatus(),
                e.effectiveDate(), null, "OfficerLeftService");
    }

    void onProfile(OfficerProfileChanged e) {
        if (update(e.aggregateId(), o -> o.applyProfile(e.aggregateVersion(), e.agencyCode(), e.regionCode(),
                e.employmentStatus()))) {
            publisher.publishEvent(new OfficerEligibilityChanged(e.aggregateId(), "OfficerProfileChanged"));
        }
    }

    void onRecusal(RecusalDeclared e) {
        if (e.partyCreditCode() == null) {
            return; // citizen parties: checked with personnel's /recusals/check, never kept here
        }
        if (update(e.officerId(), o -> o.applyRecusal(new OfficerFacts.RecusalFacts(e.aggregateId(),
                e.partyCreditCode(), e.validFrom(), e.validTo(), e.aggregateVersion(), false)))) {
            publisher.publishEvent(new OfficerEligibilityChanged(e.officerId(), "RecusalDeclared"));
        }
    }

    void onRecusalWithdrawn(RecusalWithdrawn e) {
        if (e.partyCreditCode() == null) {
            return; // citizen parties are never kept here (see onRecusal)
        }
        if (update(e.officerId(), o -> o.withdrawRecusal(e.aggregateId(), e.partyCreditCode(),
                e.aggregateVersion()))) {
            publisher.publishEvent(new OfficerEligibilityChanged(e.officerId(), "RecusalWithdrawn"));
        }
    }

    void onAuxiliary(AuxiliaryStaffRegistered e) {
        auxiliary(e.aggregateId(), e.agencyCode(), e.status(), e.aggregateVersion());
    }

    void onAuxiliaryStatus(AuxiliaryStatusChanged e) {
        auxiliary(e.aggregateId(), e.agencyCode(), e.status(), e.aggregateVersion());
    }

    private void auxiliary(String id, String agency, String status, long version) {
        AuxiliaryFacts known = store.auxiliary(id).orElse(null);
        if (known == null || known.getVersion() < version) {
            store.save(new AuxiliaryFacts(id, agency, status, version));
        }
    }

    void clear(List<String> consumers) {
        store.clear(consumers);
    }

    private void apply(String officerId, long version, String agency, String region, String status,
                       LocalDate since, OfficerFacts.Transfer transfer, String cause) {
        if (update(officerId, o -> o.applyOfficer(version, agency, region, status, since, transfer))) {
            publisher.publishEvent(new OfficerEligibilityChanged(officerId, cause));
        }
    }

    /** Read, change, save with optimistic locking; retried when the other topic's consumer wrote in between. */
    private boolean update(String officerId, Predicate<OfficerFacts> change) {
        for (int attempt = 1; ; attempt++) {
            OfficerFacts facts = store.officer(officerId).orElseGet(() -> new OfficerFacts(officerId));
            if (!change.test(facts)) {
                return false;
            }
            try {
                store.save(facts);
                return true;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? LocalDate.now(SHANGHAI) : at.atZoneSameInstant(SHANGHAI).toLocalDate();
    }
}
