package cn.gov.lyg.enforcement.inspection.coordination;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of coordinating inspections of one enterprise across agencies (DOMAIN.md I5, I6, §2.3.1), as pure
 * functions over the visits of the enterprise:
 * <ul>
 *   <li>the <b>window</b> of merging and of repeated-inspection detection: the calendar month of the planned date
 *       (§5 Q11 [ASM]);</li>
 *   <li><b>same agency must merge</b>: an agency's second mergeable inspection (ROUTINE, SPECIAL, DUAL_RANDOM) of the
 *       enterprise in the window is refused in favour of adding its items to the open one;</li>
 *   <li><b>annual cap</b> per agency and enterprise (a {@link FrequencyCapTable});</li>
 *   <li><b>triggered inspections</b> (case-triggered, early warning) are exempt from the cap but warned when another
 *       inspection of the enterprise lies within {@code warningDays} natural days (default 60, Hainan rule);</li>
 *   <li><b>repeated inspection</b>: mergeable inspections of two or more agencies in one window.</li>
 * </ul>
 */
public final class CoordinationRules {

    private final FrequencyCapTable caps;
    private final int warningDays;

    public CoordinationRules(FrequencyCapTable caps, int warningDays) {
        if (warningDays < 1) {
            throw new IllegalArgumentException("warningDays must be at least 1");
        }
        this.caps = caps;
        this.warningDays = warningDays;
    }

    public int warningDays() {
        return warningDays;
    }

    public FrequencyCapTable caps() {
        return caps;
    }

    /** The window (first and last day) holding the date: its calendar month. */
    public static Window window(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return new Window(month.atDay(1), month.atEndOfMonth());
    }

    /** A closed date interval. */
    public record Window(LocalDate start, LocalDate end) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    /**
     * The agency's mergeable visits in the window of {@code planned} that a new mergeable inspection would have to
     * join (the caller decides which of them are still open).
     */
    public List<Visit> sameAgencyInWindow(Collection<Visit> visits, String agencyCode, boolean mergeable,
                                          LocalDate planned) {
        if (!mergeable) {
            return List.of();
        }
        Window w = window(planned);
        return visits.stream().filter(v -> v.countsTowardCap() && agencyCode.equals(v.agencyCode())
                && w.contains(v.plannedDate())).toList();
    }

    /** How many capped inspections of the enterprise the agency planned in the year. */
    public static int countedInYear(Collection<Visit> visits, String agencyCode, int year) {
        return (int) visits.stream().filter(v -> v.countsTowardCap() && agencyCode.equals(v.agencyCode())
                && v.plannedDate().getYear() == year).count();
    }

    /** Whether one more capped inspection by the agency would exceed the cap: the cap, or -1 when within it. */
    public int capExceeded(Collection<Visit> visits, String agencyCode, Set<String> domains, String creditClass,
                           int year) {
        int cap = caps.capFor(domains, creditClass);
        return countedInYear(visits, agencyCode, year) >= cap ? cap : -1;
    }

    /**
     * For a triggered inspection: the other on-site inspections of the enterprise (any agency) within the warning
     * window around its planned date; empty for other kinds (they are capped instead).
     */
    public List<Visit> frequentAround(Collection<Visit> visits, Visit candidate) {
        if (!candidate.triggered()) {
            return List.of();
        }
        return visits.stream().filter(v -> !v.inspectionId().equals(candidate.inspectionId()) && v.onSite()
                && Math.abs(ChronoUnit.DAYS.between(v.plannedDate(), candidate.plannedDate())) <= warningDays)
                .toList();
    }

    /** The mergeable visits in the window of {@code day}. */
    public static List<Visit> mergeableInWindow(Collection<Visit> visits, LocalDate day) {
        Window w = window(day);
        return visits.stream().filter(v -> v.countsTowardCap() && w.contains(v.plannedDate())).toList();
    }

    /** The agencies of the window's mergeable visits, in order of first appearance. */
    public static Set<String> agencies(Collection<Visit> visits) {
        Set<String> out = new LinkedHashSet<>();
        visits.forEach(v -> out.add(v.agencyCode()));
        return out;
    }

    /**
     * Whether adding {@code added} makes (or keeps) its window a repeated inspection: it is mergeable and the window
     * then holds mergeable visits of at least two agencies.
     */
    public static boolean repeated(Collection<Visit> visitsWithAdded, Visit added) {
        return added.countsTowardCap() && agencies(mergeableInWindow(visitsWithAdded, added.plannedDate())).size() >= 2;
    }
}
