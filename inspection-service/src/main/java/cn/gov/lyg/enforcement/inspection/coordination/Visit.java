package cn.gov.lyg.enforcement.inspection.coordination;

import java.time.LocalDate;
import java.util.Set;

/**
 * One planned inspection of an enterprise as the coordination register keeps it: enough to decide merges, caps,
 * warnings and repeated inspections without reading the inspections themselves.
 *
 * @param kind            the inspection kind code (ROUTINE, SPECIAL, DUAL_RANDOM, CASE_TRIGGERED, EARLY_WARNING,
 *                        NON_SITE)
 * @param countsTowardCap whether the kind counts toward the annual cap and is mergeable (ROUTINE, SPECIAL,
 *                        DUAL_RANDOM)
 * @param triggered       case-triggered or early-warning: exempt from the cap, warned when frequent
 */
public record Visit(String inspectionId, String inspectionNo, String agencyCode, String kind, boolean countsTowardCap,
                    boolean triggered, boolean onSite, LocalDate plannedDate, Set<String> domains) {

    public Visit {
        domains = domains == null ? Set.of() : Set.copyOf(domains);
    }
}
