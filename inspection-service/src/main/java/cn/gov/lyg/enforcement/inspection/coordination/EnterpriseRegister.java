package cn.gov.lyg.enforcement.inspection.coordination;

import cn.gov.lyg.enforcement.events.inspection.FrequencyWarningRaised;
import cn.gov.lyg.enforcement.events.inspection.RepeatedInspectionDetected;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The inspection register of one enterprise for one calendar year (检查登记): every planned inspection of the
 * enterprise by any agency, keyed {@code <uscc>:<year>} so that merges, caps, warnings and repeated inspections are
 * decided by reading one or two documents by id, never by scanning the inspections (1 000 000 and more). The events
 * it raises (repeated inspection detected, frequency warnings) go through its own outbox in the same write as the
 * visit that caused them.
 */
@Document(EnterpriseRegister.COLLECTION)
public class EnterpriseRegister extends AggregateDocument {

    public static final String COLLECTION = "enterprise_registers";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    private String id;
    private String uscc;
    private int year;
    private String regionCode;
    private List<Visit> visits = new ArrayList<>();
    /** Per window start (yyyy-MM-dd): the repeated-inspection detection id and its version. */
    private Map<String, Detection> detections = new HashMap<>();
    private String registerId;
    private long warnings;
    /**
     * Visits reserved and not yet seen with their inspection: inspection id → when reserved. The register is written
     * before the inspection (see {@code CoordinationService#reserve}); an entry older than the grace period whose
     * inspection is missing is a reservation whose planning crashed, and is dropped.
     */
    private Map<String, Instant> unconfirmed = new HashMap<>();

    /** A repeated-inspection detection of a window (the aggregate of {@code RepeatedInspectionDetected}). */
    public record Detection(String detectionId, long version, List<String> agencyCodes) {
    }

    protected EnterpriseRegister() {
        // for the mapping layer
    }

    public static String key(String uscc, int year) {
        return uscc + ":" + year;
    }

    static EnterpriseRegister open(String uscc, int year, String regionCode) {
        EnterpriseRegister r = new EnterpriseRegister();
        r.id = key(uscc, year);
        r.uscc = uscc;
        r.year = year;
        r.regionCode = regionCode;
        r.registerId = UUID.randomUUID().toString();
        return r;
    }

    boolean has(String inspectionId) {
        return visits.stream().anyMatch(v -> v.inspectionId().equals(inspectionId));
    }

    /** Adds the visit (once) and raises the detection of its window when two or more agencies now share it. */
    boolean add(Visit visit, Instant at) {
        if (has(visit.inspectionId())) {
            return false;
        }
        visits.add(visit);
        if (CoordinationRules.repeated(visits, visit)) {
            detect(visit.plannedDate(), at);
        }
        return true;
    }

    /** Adds the visit as {@link #add} does and remembers it as not yet confirmed by its inspection. */
    boolean reserve(Visit visit, Instant at) {
        boolean added = add(visit, at);
        if (added) {
            unconfirmed.put(visit.inspectionId(), at);
        }
        return added;
    }

    /** Reservations older than {@code before} (their inspection was to be saved right after them). */
    List<String> unconfirmedBefore(Instant before) {
        return unconfirmed.entrySet().stream().filter(e -> e.getValue().isBefore(before)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** Whether the visit was reserved at or after {@code since} and is not confirmed yet. */
    boolean reservedSince(String inspectionId, Instant since) {
        Instant at = unconfirmed.get(inspectionId);
        return at != null && !at.isBefore(since);
    }

    /** The visit's inspection exists: the reservation is confirmed. */
    void confirmed(String inspectionId) {
        unconfirmed.remove(inspectionId);
    }

    /** Drops a visit whose inspection was never saved (planning failed or crashed); returns whether it was here. */
    boolean drop(String inspectionId, String why) {
        unconfirmed.remove(inspectionId);
        boolean removed = visits.removeIf(v -> v.inspectionId().equals(inspectionId));
        if (removed) {
            audit("VISIT_DROPPED", Map.of("inspectionId", inspectionId, "why", why));
        }
        return removed;
    }

    /** Items were added to a planned inspection or it moved: the visit is replaced. */
    void replace(Visit visit) {
        visits.replaceAll(v -> v.inspectionId().equals(visit.inspectionId()) ? visit : v);
    }

    private void detect(LocalDate day, Instant at) {
        CoordinationRules.Window w = CoordinationRules.window(day);
        List<Visit> inWindow = CoordinationRules.mergeableInWindow(visits, day).stream()
                .sorted(Comparator.comparing(Visit::plannedDate).thenComparing(Visit::inspectionNo)).toList();
        List<String> agencies = List.copyOf(CoordinationRules.agencies(inWindow));
        Detection previous = detections.get(w.start().toString());
        Detection next = new Detection(previous == null ? UUID.randomUUID().toString() : previous.detectionId(),
                previous == null ? 1 : previous.version() + 1, agencies);
        detections.put(w.start().toString(), next);
        raise(new RepeatedInspectionDetected(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(at, ZONE),
                next.detectionId(), next.version(), regionCode, uscc, w.start(), w.end(), agencies,
                inWindow.stream().map(v -> new RepeatedInspectionDetected.Inspection(v.inspectionId(),
                        v.inspectionNo(), v.agencyCode(), v.kind(), v.plannedDate())).toList()));
        audit("REPEATED_INSPECTION_DETECTED", Map.of("window", w.start().toString(), "agencies", agencies));
    }

    /** Records a frequency warning (an attempt above the cap, or a frequent triggered inspection). */
    void warn(String warning, String agencyCode, String kind, LocalDate planned, Integer cap, int count,
              Integer windowDays, String inspectionId, List<String> related, Instant at) {
        warnings++;
        raise(new FrequencyWarningRaised(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(at, ZONE), registerId,
                nextVersion(), regionCode, uscc, agencyCode, warning, kind, planned, cap, count, windowDays,
                inspectionId, List.copyOf(related)));
        Map<String, Object> details = new HashMap<>();
        details.put("warning", warning);
        details.put("agencyCode", agencyCode);
        details.put("plannedDate", planned.toString());
        audit("FREQUENCY_WARNING", details);
    }

    @Override
    public String aggregateId() {
        return registerId;
    }

    @Override
    public String aggregateType() {
        return "EnterpriseInspectionRegister";
    }

    public String getId() {
        return id;
    }

    public String getUscc() {
        return uscc;
    }

    public int getYear() {
        return year;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public List<Visit> getVisits() {
        return List.copyOf(visits);
    }

    public Map<String, Detection> getDetections() {
        return Map.copyOf(detections);
    }

    public long getWarnings() {
        return warnings;
    }

    public Map<String, Instant> getUnconfirmed() {
        return Map.copyOf(unconfirmed);
    }
}
