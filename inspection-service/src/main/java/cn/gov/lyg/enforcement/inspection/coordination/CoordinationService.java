package cn.gov.lyg.enforcement.inspection.coordination;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Coordination of inspections of one enterprise across agencies, for the other features of this service (the
 * inspection feature calls it when an inspection is planned; authorization was decided there): merge candidates,
 * the annual cap, frequency warnings and repeated-inspection detection, all from the enterprise registers.
 */
@Service
public class CoordinationService {

    private static final int ATTEMPTS = 8;

    private final CoordinationStore store;
    private final CoordinationRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoordinationService(CoordinationStore store, CoordinationRules rules, ApplicationEventPublisher events,
                        Clock clock) {
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** The inspections a new mergeable inspection of the agency would have to join (same window). */
    public List<Visit> sameAgencyInWindow(String uscc, String agencyCode, boolean mergeable, LocalDate planned) {
        return rules.sameAgencyInWindow(visits(uscc, planned.getYear()), agencyCode, mergeable, planned);
    }

    /**
     * Refuses a capped inspection above the annual cap ({@code FREQUENCY_CAP_EXCEEDED}, 409), after recording the
     * attempt as a frequency warning for the supervising bureaus.
     */
    public void requireWithinCap(Visit candidate, String uscc, String regionCode, String creditClass) {
        if (!candidate.countsTowardCap()) {
            return;
        }
        int year = candidate.plannedDate().getYear();
        List<Visit> visits = visits(uscc, year);
        int cap = rules.capExceeded(visits, candidate.agencyCode(), candidate.domains(), creditClass, year);
        if (cap < 0) {
            return;
        }
        int count = CoordinationRules.countedInYear(visits, candidate.agencyCode(), year);
        List<String> related = visits.stream().filter(v -> v.countsTowardCap()
                && v.agencyCode().equals(candidate.agencyCode())).map(Visit::inspectionId).toList();
        update(uscc, year, regionCode, r -> r.warn("CAP_EXCEEDED", candidate.agencyCode(), candidate.kind(),
                candidate.plannedDate(), cap, count, null, null, related, clock.instant()));
        throw RuleViolation.conflict("FREQUENCY_CAP_EXCEEDED", cap, year).with("cap", cap).with("count", count)
                .with("year", year);
    }

    /**
     * Records a planned inspection in the enterprise's register: raises {@code RepeatedInspectionDetected} when its
     * window now holds mergeable inspections of several agencies (and tells the joint feature), and a frequency
     * warning for a triggered inspection near another one. Idempotent per inspection id.
     */
    public void record(Visit visit, String uscc, String regionCode) {
        int year = visit.plannedDate().getYear();
        List<Visit> near = rules.frequentAround(nearbyVisits(uscc, visit.plannedDate()), visit);
        boolean[] added = new boolean[1];
        EnterpriseRegister saved = update(uscc, year, regionCode, r -> {
            added[0] = r.add(visit, clock.instant());
            if (added[0] && !near.isEmpty()) {
                r.warn("CASE_TRIGGERED_WITHIN_WINDOW", visit.agencyCode(), visit.kind(), visit.plannedDate(), null,
                        near.size() + 1, rules.warningDays(), visit.inspectionId(),
                        near.stream().map(Visit::inspectionId).toList(), clock.instant());
            }
        });
        if (added[0] && CoordinationRules.repeated(saved.getVisits(), visit)) {
            CoordinationRules.Window w = CoordinationRules.window(visit.plannedDate());
            events.publishEvent(new RepeatedInspectionFound(uscc, regionCode, w.start(), w.end(),
                    CoordinationRules.mergeableInWindow(saved.getVisits(), visit.plannedDate())));
        }
    }

    /** A planned inspection changed (items added after a merge): its register entry follows. */
    public void replace(Visit visit, String uscc, String regionCode) {
        update(uscc, visit.plannedDate().getYear(), regionCode, r -> r.replace(visit));
    }

    /** The registered visits of the enterprise in a year. */
    public List<Visit> visits(String uscc, int year) {
        return store.find(uscc, year).map(EnterpriseRegister::getVisits).orElse(List.of());
    }

    /** Caps as configured, for the API. */
    public FrequencyCapTable caps() {
        return rules.caps();
    }

    /** The cap that applies to an agency's inspections of the domains for an enterprise of the class. */
    public int capFor(Set<String> domains, String creditClass) {
        return rules.caps().capFor(domains, creditClass);
    }

    private List<Visit> nearbyVisits(String uscc, LocalDate day) {
        List<Visit> out = new ArrayList<>();
        int from = day.minusDays(rules.warningDays()).getYear();
        int to = day.plusDays(rules.warningDays()).getYear();
        for (int y = from; y <= to; y++) {
            out.addAll(visits(uscc, y));
        }
        return out;
    }

    private EnterpriseRegister update(String uscc, int year, String regionCode, Consumer<EnterpriseRegister> change) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            EnterpriseRegister r = store.find(uscc, year).orElseGet(() -> EnterpriseRegister.open(uscc, year,
                    regionCode));
            change.accept(r);
            try {
                return store.save(r);
            } catch (OptimisticLockingFailureException | DuplicateKeyException conflict) {
                last = conflict; // another inspection of the enterprise in between: read again
            }
        }
        throw last;
    }
}
