package cn.gov.lyg.enforcement.inspection.entity;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entry of the inspected-entity directory 检查对象名录库 (DOMAIN.md §2.3.2), keyed by its credit code. The credit
 * risk class is internal (never public). {@code inspectionCounts} counts this year's inspections per agency for the
 * frequency cap ({@code <agencyCode>:<year>} → count).
 */
@Document(InspectedEntity.COLLECTION)
public class InspectedEntity extends AggregateDocument {

    public static final String COLLECTION = "inspected_entities";
    /** The source of the class of an entity the credit system has not classed yet (B). */
    public static final String DEFAULT_SOURCE = "DEFAULT";

    @Id
    private String id;
    private String name;
    private boolean legacyCode;
    private EntityType entityType;
    private String regionCode;
    private String townshipCode;
    private String address;
    private Double latitude;
    private Double longitude;
    private String industryCode;
    private RegistrationStatus registrationStatus;
    private Set<String> licences = new TreeSet<>();
    private boolean keySupervision;
    private CreditRiskClass creditClass;
    private LocalDate classDate;
    private String classSource;
    private Map<String, Integer> inspectionCounts = new HashMap<>();

    protected InspectedEntity() {
        // for the mapping layer
    }

    /**
     * A new entry: the class as given (only the credit system gives one, {@link CreditClassRules}), dated today when
     * no date comes with it; otherwise B with source {@code DEFAULT} and no date.
     */
    public static InspectedEntity register(String uscc, boolean legacy, EntityData data, LocalDate today) {
        InspectedEntity e = new InspectedEntity();
        e.id = uscc;
        e.legacyCode = legacy;
        e.apply(data);
        if (data.creditClass() == null) {
            e.creditClass = CreditRiskClass.B;
            e.classSource = DEFAULT_SOURCE;
        } else {
            e.creditClass = data.creditClass();
            e.classDate = data.classDate() == null ? today : data.classDate();
            e.classSource = data.classSource();
        }
        e.audit("ENTITY_REGISTERED", Map.of("uscc", uscc, "regionCode", data.regionCode()));
        return e;
    }

    /** Applies the data (its class fields as {@link #changeClass}); returns whether anything changed. */
    public boolean update(EntityData data, LocalDate today) {
        Map<String, Object> before = snapshot();
        apply(data);
        boolean classChanged = data.creditClass() != null
                && changeClass(data.creditClass(), data.classDate(), data.classSource(), today);
        boolean changed = !before.equals(snapshot()) || classChanged;
        if (changed) {
            audit("ENTITY_UPDATED", Map.of("uscc", id));
        }
        return changed;
    }

    /**
     * A class from the credit system (I11: the class used by a draw is frozen in its log, not here). Class, date and
     * source change together: a new class without a date is dated today; the same class with another date or source
     * is a re-confirmation. Audited when anything changed; returns whether it did.
     */
    public boolean changeClass(CreditRiskClass newClass, LocalDate date, String source, LocalDate today) {
        Objects.requireNonNull(newClass, "creditClass");
        CreditRiskClass old = creditClass;
        LocalDate newDate = date != null ? date : newClass != old ? today : classDate;
        String newSource = source != null ? source : classSource;
        if (newClass == old && Objects.equals(newDate, classDate) && Objects.equals(newSource, classSource)) {
            return false;
        }
        creditClass = newClass;
        classDate = newDate;
        classSource = newSource;
        audit("CREDIT_CLASS_CHANGED", Map.of("uscc", id, "from", String.valueOf(old), "to", newClass.name(),
                "source", newSource == null ? "" : newSource));
        return true;
    }

    /** The stored class, date and source. */
    public CreditClassRules.Assignment classAssignment() {
        return new CreditClassRules.Assignment(creditClass, classDate, classSource);
    }

    public void countInspection(String agencyCode, int year) {
        inspectionCounts.merge(agencyCode + ":" + year, 1, Integer::sum);
    }

    public int inspections(String agencyCode, int year) {
        return inspectionCounts == null ? 0 : inspectionCounts.getOrDefault(agencyCode + ":" + year, 0);
    }

    private void apply(EntityData d) {
        name = d.name();
        entityType = d.entityType();
        regionCode = d.regionCode();
        townshipCode = d.townshipCode();
        address = d.address();
        latitude = d.latitude();
        longitude = d.longitude();
        industryCode = d.industryCode();
        registrationStatus = d.registrationStatus();
        licences = new TreeSet<>(d.licences());
        keySupervision = Boolean.TRUE.equals(d.keySupervision());
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("entityType", entityType);
        m.put("regionCode", regionCode);
        m.put("townshipCode", townshipCode);
        m.put("address", address);
        m.put("latitude", latitude);
        m.put("longitude", longitude);
        m.put("industryCode", industryCode);
        m.put("registrationStatus", registrationStatus);
        m.put("licences", licences == null ? Set.of() : Set.copyOf(licences));
        m.put("keySupervision", keySupervision);
        return m;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "InspectedEntity";
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isLegacyCode() {
        return legacyCode;
    }

    public EntityType getEntityType() {
        return entityType;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public String getAddress() {
        return address;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public RegistrationStatus getRegistrationStatus() {
        return registrationStatus;
    }

    public Set<String> getLicences() {
        return licences == null ? Set.of() : Set.copyOf(licences);
    }

    public boolean isKeySupervision() {
        return keySupervision;
    }

    public CreditRiskClass getCreditClass() {
        return creditClass;
    }

    public LocalDate getClassDate() {
        return classDate;
    }

    public String getClassSource() {
        return classSource;
    }
}
