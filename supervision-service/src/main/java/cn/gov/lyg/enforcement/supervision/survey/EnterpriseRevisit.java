package cn.gov.lyg.enforcement.supervision.survey;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An enterprise revisit 企业回访 after the closure of a case or an inspection with findings: due within 30 days
 * [ASM] of the closure; records the rectification status, the economic impact, opinions on the enforcement conduct,
 * compliance-guidance needs and a satisfaction rating. PLANNED → DONE (late when after the due day).
 */
@Document(EnterpriseRevisit.COLLECTION)
public class EnterpriseRevisit extends AggregateDocument {

    public static final String COLLECTION = "enterprise_revisits";

    public enum Status { PLANNED, DONE }

    @Id
    private String id;
    private String agencyCode;
    private String regionCode;
    private String uscc;
    private String enterpriseName;
    private String sourceKind;
    private String sourceRef;
    private LocalDate closedOn;
    private LocalDate dueOn;
    private Status status = Status.PLANNED;
    private LocalDate revisitedOn;
    private String revisitedBy;
    private String rectificationStatus;
    private String economicImpact;
    private String conductOpinion;
    private String guidanceNeeds;
    private Integer satisfaction;
    private boolean late;

    protected EnterpriseRevisit() {
    }

    public static String idOf(String sourceKind, String sourceRef, String uscc) {
        return UUID.nameUUIDFromBytes((sourceKind + ":" + sourceRef + ":" + uscc)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static EnterpriseRevisit plan(String agencyCode, String regionCode, String uscc, String enterpriseName,
                                         String sourceKind, String sourceRef, LocalDate closedOn, int dueDays) {
        EnterpriseRevisit r = new EnterpriseRevisit();
        r.id = idOf(sourceKind, sourceRef, uscc);
        r.agencyCode = agencyCode;
        r.regionCode = regionCode;
        r.uscc = uscc;
        r.enterpriseName = enterpriseName;
        r.sourceKind = sourceKind;
        r.sourceRef = sourceRef;
        r.closedOn = closedOn;
        r.dueOn = SurveyRules.revisitDue(closedOn, dueDays);
        r.audit("REVISIT_PLANNED", Map.of("uscc", uscc, "dueOn", r.dueOn.toString()));
        return r;
    }

    public void record(LocalDate on, String by, String rectificationStatus, String economicImpact,
                       String conductOpinion, String guidanceNeeds, Integer satisfaction, LocalDate today) {
        if (status != Status.PLANNED) {
            throw new InvalidTransitionException("EnterpriseRevisit", status, "record", List.of());
        }
        if (on.isBefore(closedOn)) {
            throw ApiException.invalid("DATE_ORDER", List.of(FieldViolation.of("revisitedOn", "DATE_ORDER")));
        }
        if (on.isAfter(today)) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("revisitedOn", "DATE_IN_FUTURE")));
        }
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw ApiException.invalid("SATISFACTION_RANGE",
                    List.of(FieldViolation.of("satisfaction", "SATISFACTION_RANGE")));
        }
        revisitedOn = on;
        revisitedBy = by;
        this.rectificationStatus = rectificationStatus;
        this.economicImpact = economicImpact;
        this.conductOpinion = conductOpinion;
        this.guidanceNeeds = guidanceNeeds;
        this.satisfaction = satisfaction;
        late = on.isAfter(dueOn);
        status = Status.DONE;
        audit("REVISIT_RECORDED", Map.of("on", on.toString(), "late", late));
    }

    /** Still planned after the due day. */
    public boolean overdue(LocalDate asOf) {
        return status == Status.PLANNED && asOf.isAfter(dueOn);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "EnterpriseRevisit";
    }

    public String getId() { return id; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getUscc() { return uscc; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getSourceKind() { return sourceKind; }
    public String getSourceRef() { return sourceRef; }
    public LocalDate getClosedOn() { return closedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public Status getStatus() { return status; }
    public LocalDate getRevisitedOn() { return revisitedOn; }
    public String getRevisitedBy() { return revisitedBy; }
    public String getRectificationStatus() { return rectificationStatus; }
    public String getEconomicImpact() { return economicImpact; }
    public String getConductOpinion() { return conductOpinion; }
    public String getGuidanceNeeds() { return guidanceNeeds; }
    public Integer getSatisfaction() { return satisfaction; }
    public boolean isLate() { return late; }
}
