package cn.gov.lyg.enforcement.supervision.alert;

import cn.gov.lyg.enforcement.events.supervision.SupervisionAlertRaised;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A supervision alert for the judicial bureau supervising {@code regionCode} (a county code: its county bureau and
 * the city bureau; a city code: the city bureau). One alert per source (kind + source reference); a newer version of
 * the source (e.g. a third agency in the same repeated-inspection window) updates it and reopens an acknowledged one.
 * OPEN → ACKNOWLEDGED.
 */
@Document(SupervisionAlert.COLLECTION)
public class SupervisionAlert extends AggregateDocument {

    public static final String COLLECTION = "supervision_alerts";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public enum Status { OPEN, ACKNOWLEDGED }

    @Id
    private String id;
    private AlertKind kind;
    private String sourceRef;
    private long sourceVersion;
    private String regionCode;
    /** The first agency concerned (for agency filters); all of them in {@link #agencyCodes}. */
    private String agencyCode;
    private List<String> agencyCodes = new ArrayList<>();
    private String subjectRef;
    private String summary;
    private Map<String, String> details = new LinkedHashMap<>();
    private Instant raisedAt;
    private Status status = Status.OPEN;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private String acknowledgementNote;

    protected SupervisionAlert() {
    }

    public static String idOf(AlertKind kind, String sourceRef) {
        return UUID.nameUUIDFromBytes((kind.name() + ":" + sourceRef).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A new alert; {@code announce}: raise {@code SupervisionAlertRaised} (false when the source itself is already an
     * alert event on {@code supervision.alerts.v1}).
     */
    public static SupervisionAlert open(AlertKind kind, String sourceRef, long sourceVersion, String regionCode,
                                         List<String> agencyCodes, String subjectRef, String summary,
                                         Map<String, String> details, String sourceEventId, boolean announce,
                                         Instant now) {
        SupervisionAlert a = new SupervisionAlert();
        a.id = idOf(kind, sourceRef);
        a.kind = kind;
        a.sourceRef = sourceRef;
        a.regionCode = regionCode;
        a.raisedAt = now;
        a.apply(sourceVersion, agencyCodes, subjectRef, summary, details, sourceEventId, announce, now);
        return a;
    }

    /** A newer version of the source: new details, OPEN again. Older or equal versions change nothing. */
    public boolean update(long version, List<String> agencies, String subject, String text,
                          Map<String, String> more, String sourceEventId, boolean announce, Instant now) {
        if (version <= sourceVersion) {
            return false;
        }
        apply(version, agencies, subject, text, more, sourceEventId, announce, now);
        return true;
    }

    private void apply(long version, List<String> agencies, String subject, String text,
                       Map<String, String> more, String sourceEventId, boolean announce, Instant now) {
        sourceVersion = version;
        agencyCodes = List.copyOf(agencies);
        agencyCode = agencies.isEmpty() ? null : agencies.get(0);
        subjectRef = subject;
        summary = text.length() > 500 ? text.substring(0, 500) : text;
        details = new LinkedHashMap<>(more);
        status = Status.OPEN;
        acknowledgedBy = null;
        acknowledgedAt = null;
        acknowledgementNote = null;
        audit("ALERT_RAISED", Map.of("kind", kind.name(), "sourceRef", sourceRef, "sourceVersion", version));
        if (announce) {
            raise(new SupervisionAlertRaised(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(now, ZONE), id,
                    nextVersion(), regionCode, kind.name(), agencyCodes, subjectRef, summary, sourceEventId));
        }
    }

    public void acknowledge(String by, String note, Instant now) {
        if (status != Status.OPEN) {
            throw new InvalidTransitionException("SupervisionAlert", status, "acknowledge", List.of());
        }
        status = Status.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = now;
        acknowledgementNote = note;
        audit("ALERT_ACKNOWLEDGED", Map.of("by", by));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "SupervisionAlert";
    }

    public String getId() { return id; }
    public AlertKind getKind() { return kind; }
    public String getSourceRef() { return sourceRef; }
    public long getSourceVersion() { return sourceVersion; }
    public String getRegionCode() { return regionCode; }
    public String getAgencyCode() { return agencyCode; }
    public List<String> getAgencyCodes() { return agencyCodes == null ? List.of() : List.copyOf(agencyCodes); }
    public String getSubjectRef() { return subjectRef; }
    public String getSummary() { return summary; }
    public Map<String, String> getDetails() { return details == null ? Map.of() : java.util.Collections.unmodifiableMap(details); }
    public Instant getRaisedAt() { return raisedAt; }
    public Status getStatus() { return status; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getAcknowledgementNote() { return acknowledgementNote; }
}
