package cn.gov.lyg.enforcement.inspection.joint;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A participating agency of a joint inspection: its own inspections (each with its own items, officers and
 * results), whether it agreed to the joint visit, and its internal notes (seen by that agency only).
 */
public record Participant(String agencyCode, Set<String> domains, List<String> inspectionIds, boolean agreed,
                          String agreedBy, Instant agreedAt, String internalNotes) {

    public Participant {
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        inspectionIds = inspectionIds == null ? List.of() : List.copyOf(inspectionIds);
    }

    Participant withInspection(String inspectionId) {
        if (inspectionIds.contains(inspectionId)) {
            return this;
        }
        List<String> ids = new java.util.ArrayList<>(inspectionIds);
        ids.add(inspectionId);
        return new Participant(agencyCode, domains, ids, agreed, agreedBy, agreedAt, internalNotes);
    }

    Participant agree(String by, Instant at) {
        return new Participant(agencyCode, domains, inspectionIds, true, by, at, internalNotes);
    }

    Participant notes(String text) {
        return new Participant(agencyCode, domains, inspectionIds, agreed, agreedBy, agreedAt, text);
    }
}
