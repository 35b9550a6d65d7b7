package cn.gov.lyg.enforcement.personnel.training;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 培训记录 (DOMAIN.md §2.1.1, rule P7): class hours in 0.5 steps, by category; counts towards the officer's yearly
 * requirement (default 60 h) and the annual review. The agency is a snapshot (the officer's at the time).
 */
@Document(TrainingRecord.COLLECTION)
public class TrainingRecord extends AggregateDocument {

    public static final String COLLECTION = "training_records";
    static final BigDecimal HALF = new BigDecimal("0.5");

    @Id
    private String id;
    private String officerId;
    private String agencyCode;
    private String regionCode;
    private int year;
    private LocalDate completedOn;
    private TrainingCategory category;
    private TrainingMode mode;
    private BigDecimal classHours;
    private String provider;
    private String certificateOfCompletion;
    private boolean rotationTraining;

    protected TrainingRecord() {
        // for the mapping layer
    }

    /** {@code CLASS_HOURS_STEP}: hours come in half-hour steps; {@code TRAINING_DATE_IN_FUTURE}. */
    public static List<FieldViolation> check(TrainingRequest r, LocalDate today) {
        List<FieldViolation> errors = new ArrayList<>();
        if (r.classHours() != null && r.classHours().remainder(HALF).signum() != 0) {
            errors.add(FieldViolation.of("classHours", "CLASS_HOURS_STEP"));
        }
        if (r.completedOn() != null && r.completedOn().isAfter(today)) {
            errors.add(FieldViolation.of("completedOn", "TRAINING_DATE_IN_FUTURE"));
        }
        return errors;
    }

    public static TrainingRecord record(TrainingRequest r, String agencyCode, String regionCode) {
        TrainingRecord t = new TrainingRecord();
        t.id = UUID.randomUUID().toString();
        t.officerId = r.officerId();
        t.agencyCode = agencyCode;
        t.regionCode = regionCode;
        t.year = r.completedOn().getYear();
        t.completedOn = r.completedOn();
        t.category = r.category();
        t.mode = r.mode();
        t.classHours = r.classHours().stripTrailingZeros();
        t.provider = r.provider();
        t.certificateOfCompletion = r.certificateOfCompletion();
        t.rotationTraining = r.rotationTraining();
        t.audit("TRAINING_RECORDED", Map.of("officerId", r.officerId(), "hours", t.classHours.toPlainString(),
                "year", t.year));
        return t;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "TrainingRecord";
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

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public TrainingCategory getCategory() {
        return category;
    }

    public TrainingMode getMode() {
        return mode;
    }

    public BigDecimal getClassHours() {
        return classHours;
    }

    public String getProvider() {
        return provider;
    }

    public String getCertificateOfCompletion() {
        return certificateOfCompletion;
    }

    public boolean isRotationTraining() {
        return rotationTraining;
    }
}
