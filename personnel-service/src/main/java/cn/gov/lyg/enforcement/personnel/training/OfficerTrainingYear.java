package cn.gov.lyg.enforcement.personnel.training;

import cn.gov.lyg.enforcement.events.personnel.TrainingShortfallDetected;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The training status of one officer in one year (id {@code officerId:year}): the aggregate that carries the
 * {@code TrainingShortfallDetected} event in its outbox and makes it happen at most once per officer and year. The
 * document exists from the first detection on; hours recorded later do not undo it, and a later shortfall of the
 * same year is not announced again.
 */
@Document(OfficerTrainingYear.COLLECTION)
public class OfficerTrainingYear extends AggregateDocument {

    public static final String COLLECTION = "officer_training_years";
    public static final String SOURCE_ANNUAL_REVIEW = "ANNUAL_REVIEW";
    public static final String SOURCE_JOB = "JOB";

    @Id
    private String id;
    private String officerId;
    private String agencyCode;
    private String regionCode;
    private int year;
    private BigDecimal recordedHours;
    private Integer requiredHours;
    private Instant shortfallDetectedAt;
    private String source;

    protected OfficerTrainingYear() {
        // for the mapping layer
    }

    public static String idOf(String officerId, int year) {
        return officerId + ":" + year;
    }

    public static OfficerTrainingYear of(String officerId, String agencyCode, String regionCode, int year) {
        OfficerTrainingYear t = new OfficerTrainingYear();
        t.id = idOf(officerId, year);
        t.officerId = officerId;
        t.agencyCode = agencyCode;
        t.regionCode = regionCode;
        t.year = year;
        return t;
    }

    /**
     * Records a shortfall of {@code recordedHours} against {@code requiredHours} and raises
     * {@code TrainingShortfallDetected}, unless one was already detected for this year or the hours are enough.
     *
     * @return whether this call detected it (and so raised the event)
     */
    public boolean detectShortfall(BigDecimal recordedHours, int requiredHours, String source, String actor,
                                   Clock clock) {
        if (shortfallDetected() || !TrainingShortfallRules.isShortfall(recordedHours, requiredHours)) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        this.recordedHours = recordedHours == null ? BigDecimal.ZERO : recordedHours.stripTrailingZeros();
        this.requiredHours = requiredHours;
        this.shortfallDetectedAt = now.toInstant();
        this.source = source;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("officerId", officerId);
        details.put("year", year);
        details.put("recordedHours", this.recordedHours.toPlainString());
        details.put("requiredHours", requiredHours);
        details.put("source", source);
        audit("TRAINING_SHORTFALL_DETECTED", details);
        raise(new TrainingShortfallDetected(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode,
                agencyCode, officerId, year, this.recordedHours, requiredHours, now, source, actor));
        return true;
    }

    public boolean shortfallDetected() {
        return shortfallDetectedAt != null;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "OfficerTrainingYear";
    }

    public String getId() {
        return id;
    }

    public String getOfficerId() {
        return officerId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getRecordedHours() {
        return recordedHours;
    }

    public Integer getRequiredHours() {
        return requiredHours;
    }

    public Instant getShortfallDetectedAt() {
        return shortfallDetectedAt;
    }

    public String getSource() {
        return source;
    }
}
