package cn.gov.lyg.enforcement.supervision.threesystems;

import cn.gov.lyg.enforcement.supervision.caseregister.CaseCompliance;
import cn.gov.lyg.enforcement.supervision.caseregister.ComplianceStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read model of the three-systems figures: per agency and decision day, the counts the figures add up (decided,
 * disclosure/withdrawal due, in time, late, pending, recording and legal-review required/met) and the pending
 * deadlines by due day (so that "overdue as of" needs no case). A case contributes +1 to its day's counters; a change
 * of its facts moves it by difference ({@link #delta}). Field names here are the counter document's.
 */
final class ThreeSystemsCounters {

    static final String COLLECTION = "three_systems_counters";
    static final String PENDING_DISCLOSURE = "dPendingDue";
    static final String PENDING_WITHDRAWAL = "wPendingDue";

    private ThreeSystemsCounters() {
    }

    static String id(String agencyCode, LocalDate decidedOn) {
        return agencyCode + ":" + decidedOn;
    }

    /** The counter increments of one case's contribution times {@code sign} (+1 add, -1 remove). */
    static Map<String, Long> increments(CaseCompliance c, int sign) {
        Map<String, Long> inc = new LinkedHashMap<>();
        add(inc, "decided", sign);
        if (c.disclosureStatus() != ComplianceStatus.NONE) {
            add(inc, "dDue", sign);
        }
        if (c.disclosureStatus() == ComplianceStatus.IN_TIME) {
            add(inc, "dInTime", sign);
        } else if (c.disclosureStatus() == ComplianceStatus.LATE) {
            add(inc, "dLate", sign);
        } else if (c.disclosureStatus() == ComplianceStatus.PENDING) {
            add(inc, "dPending", sign);
            add(inc, PENDING_DISCLOSURE + "." + c.disclosureDueOn(), sign);
        }
        if (c.withdrawalStatus() != ComplianceStatus.NONE) {
            add(inc, "wDue", sign);
        }
        if (c.withdrawalStatus() == ComplianceStatus.IN_TIME) {
            add(inc, "wInTime", sign);
        } else if (c.withdrawalStatus() == ComplianceStatus.LATE) {
            add(inc, "wLate", sign);
        } else if (c.withdrawalStatus() == ComplianceStatus.PENDING) {
            add(inc, "wPending", sign);
            add(inc, PENDING_WITHDRAWAL + "." + c.withdrawalDueOn(), sign);
        }
        if (c.recordingStatus() != ComplianceStatus.NOT_REQUIRED) {
            add(inc, "avRequired", sign);
        }
        if (c.recordingStatus() == ComplianceStatus.MET) {
            add(inc, "avMet", sign);
        }
        if (c.legalReviewStatus() != ComplianceStatus.NOT_REQUIRED) {
            add(inc, "lrRequired", sign);
        }
        if (c.legalReviewStatus() == ComplianceStatus.MET) {
            add(inc, "lrMet", sign);
        }
        return inc;
    }

    /**
     * The increments per counter document of a change from {@code before} to {@code after} (either may be null);
     * zero increments are left out, a document without any is left out.
     */
    static Map<String, Map<String, Long>> delta(CaseCompliance before, CaseCompliance after) {
        Map<String, Map<String, Long>> byDoc = new LinkedHashMap<>();
        if (before != null) {
            merge(byDoc, id(before.agencyCode(), before.decidedOn()), increments(before, -1));
        }
        if (after != null) {
            merge(byDoc, id(after.agencyCode(), after.decidedOn()), increments(after, +1));
        }
        byDoc.values().forEach(m -> m.values().removeIf(v -> v == 0));
        byDoc.values().removeIf(Map::isEmpty);
        return byDoc;
    }

    private static void merge(Map<String, Map<String, Long>> byDoc, String id, Map<String, Long> inc) {
        Map<String, Long> target = byDoc.computeIfAbsent(id, k -> new LinkedHashMap<>());
        inc.forEach((k, v) -> target.merge(k, v, Long::sum));
    }

    private static void add(Map<String, Long> inc, String field, int sign) {
        inc.merge(field, (long) sign, Long::sum);
    }
}
