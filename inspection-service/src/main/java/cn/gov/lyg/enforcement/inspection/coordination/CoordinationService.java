package cn.gov.lyg.enforcement.inspection.coordination;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    /**
     * How long a reservation may wait for its inspection before a missing inspection means the planning crashed
     * (the inspection is saved right after the reservation, within milliseconds).
     */
    static final Duration GRACE = Duration.ofMinutes(5);

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
     * Reserves a planned inspection in the enterprise's register <em>before</em> the inspection is saved, deciding
     * the rules that involve the other inspections of the enterprise in the same optimistic-locked write of the
     * register (key {@code <uscc>:<year>}), so that concurrent plannings cannot both pass them:
     * <ul>
     *   <li>the same agency must merge ({@code MUST_MERGE_SAME_AGENCY}, 409): another of its mergeable visits in the
     *       window whose inspection is still open;</li>
     *   <li>the annual cap ({@code FREQUENCY_CAP_EXCEEDED}, 409, the attempt recorded as a warning);</li>
     *   <li>repeated inspection across agencies: two agencies planning at once both land in the register (the
     *       second writer reads the first's visit on its retry) and the window's detection names both.</li>
     * </ul>
     * Idempotent per inspection id. Why register first: the register is the source of truth of the rules and of
     * detection; written second (as it was), a crash between the two writes left an inspection the register did not
     * know: a missed detection and an uncounted cap. Written first, a crash leaves a visit without an inspection,
     * which is harmless: the merge rule ignores it ({@link VisitStatus.State#MISSING}), the next reservation of the
     * enterprise drops it once older than {@link #GRACE}, and at worst a detection names an inspection that never
     * came (nothing is missed). A failed inspection save {@link #release releases} it at once.
     *
     * @param creditClass the enterprise's credit class (for the cap table)
     * @param status      the state of the inspections behind the register's visits
     * @return the repeated inspection this visit made (or extended), for {@link #announce} once the inspection is
     *         saved; {@code null} when none
     */
    public RepeatedInspectionFound reserve(Visit visit, String uscc, String regionCode, String creditClass,
                                           VisitStatus status) {
        int year = visit.plannedDate().getYear();
        List<Visit> otherYears = nearbyVisits(uscc, visit.plannedDate(), year);
        boolean[] added = new boolean[1];
        int[] capped = {-1, 0};
        EnterpriseRegister saved = update(uscc, year, regionCode, r -> {
            added[0] = false;
            capped[0] = -1;
            if (r.has(visit.inspectionId())) {
                return; // reserved already (idempotent)
            }
            Instant graceStart = clock.instant().minus(GRACE);
            reconcile(r, status, graceStart);
            List<Visit> visits = r.getVisits();
            for (Visit same : rules.sameAgencyInWindow(visits, visit.agencyCode(), visit.countsTowardCap(),
                    visit.plannedDate())) {
                VisitStatus.State state = status.of(same.inspectionId());
                // a reservation within the grace period whose inspection is not saved yet is being planned: open
                if (state == VisitStatus.State.OPEN
                        || (state == VisitStatus.State.MISSING && r.reservedSince(same.inspectionId(), graceStart))) {
                    throw RuleViolation.conflict("MUST_MERGE_SAME_AGENCY", same.inspectionNo())
                            .with("existingInspectionId", same.inspectionId())
                            .with("existingInspectionNo", same.inspectionNo())
                            .with("suggestion", "POST /api/inspections/v1/inspections/" + same.inspectionId()
                                    + "/items");
                }
            }
            if (visit.countsTowardCap()) {
                int cap = rules.capExceeded(visits, visit.agencyCode(), visit.domains(), creditClass, year);
                if (cap >= 0) {
                    int count = CoordinationRules.countedInYear(visits, visit.agencyCode(), year);
                    capped[0] = cap;
                    capped[1] = count;
                    r.warn("CAP_EXCEEDED", visit.agencyCode(), visit.kind(), visit.plannedDate(), cap, count, null,
                            null, visits.stream().filter(v -> v.countsTowardCap()
                                    && v.agencyCode().equals(visit.agencyCode())).map(Visit::inspectionId).toList(),
                            clock.instant());
                    return; // the warning is saved, the visit is not
                }
            }
            List<Visit> around = new ArrayList<>(otherYears);
            around.addAll(visits);
            List<Visit> near = rules.frequentAround(around, visit);
            added[0] = r.reserve(visit, clock.instant());
            if (!near.isEmpty()) {
                r.warn("CASE_TRIGGERED_WITHIN_WINDOW", visit.agencyCode(), visit.kind(), visit.plannedDate(), null,
                        near.size() + 1, rules.warningDays(), visit.inspectionId(),
                        near.stream().map(Visit::inspectionId).toList(), clock.instant());
            }
        });
        if (capped[0] >= 0) {
            throw RuleViolation.conflict("FREQUENCY_CAP_EXCEEDED", capped[0], year).with("cap", capped[0])
                    .with("count", capped[1]).with("year", year);
        }
        if (added[0] && CoordinationRules.repeated(saved.getVisits(), visit)) {
            CoordinationRules.Window w = CoordinationRules.window(visit.plannedDate());
            return new RepeatedInspectionFound(uscc, regionCode, w.start(), w.end(),
                    CoordinationRules.mergeableInWindow(saved.getVisits(), visit.plannedDate()));
        }
        return null;
    }

    /**
     * Tells the joint-inspection feature about a repeated inspection (it proposes or extends a joint inspection and
     * links the inspections): after the inspection of the reservation was saved, so that it can be linked.
     */
    public void announce(RepeatedInspectionFound found) {
        if (found != null) {
            events.publishEvent(found);
        }
    }

    /** The inspection of a reserved visit could not be saved: the reservation is dropped (best effort). */
    public void release(Visit visit, String uscc, String regionCode) {
        update(uscc, visit.plannedDate().getYear(), regionCode, r -> r.drop(visit.inspectionId(), "NOT_SAVED"));
    }

    /**
     * Reservations older than the grace period: confirmed when their inspection exists, dropped when it does not
     * (the planning crashed between the register and the inspection write).
     */
    private static void reconcile(EnterpriseRegister r, VisitStatus status, Instant graceStart) {
        for (String inspectionId : r.unconfirmedBefore(graceStart)) {
            if (status.of(inspectionId) == VisitStatus.State.MISSING) {
                r.drop(inspectionId, "INSPECTION_MISSING");
            } else {
                r.confirmed(inspectionId);
            }
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
        return nearbyVisits(uscc, day, Integer.MIN_VALUE);
    }

    /** The visits of the registers of the years within the warning window around {@code day}, but {@code skip}. */
    private List<Visit> nearbyVisits(String uscc, LocalDate day, int skip) {
        List<Visit> out = new ArrayList<>();
        int from = day.minusDays(rules.warningDays()).getYear();
        int to = day.plusDays(rules.warningDays()).getYear();
        for (int y = from; y <= to; y++) {
            if (y != skip) {
                out.addAll(visits(uscc, y));
            }
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
