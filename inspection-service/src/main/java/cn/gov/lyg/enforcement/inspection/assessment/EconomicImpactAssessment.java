package cn.gov.lyg.enforcement.inspection.assessment;

import cn.gov.lyg.enforcement.events.inspection.EconomicImpactAssessed;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 涉企行政执法案件经济影响评估 of one case of an agency (DOMAIN.md §2.3.2): proposed measures, indicators, risk
 * level, mitigations and approval by the agency's leader. Every submission, approval and return is an
 * {@code EconomicImpactAssessed} event (benchmark's decision check follows it).
 */
@Document(EconomicImpactAssessment.COLLECTION)
public class EconomicImpactAssessment extends AggregateDocument {

    public static final String COLLECTION = "impact_assessments";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    private String id;
    private String agencyCode;
    private String regionCode;
    private String caseId;
    private String uscc;
    private String domain;
    private AssessmentStage stage;
    private List<ProposedMeasure> proposedMeasures;
    private BigDecimal fineAmount;
    private Indicators indicators;
    private RiskLevel riskLevel;
    private RiskLevel computedRiskLevel;
    private List<Mitigation> mitigations;
    private String notes;
    private boolean required;
    private AssessmentStatus status;
    private String submittedBy;
    private String approvedBy;
    private LocalDate approvedOn;
    private String returnReason;

    protected EconomicImpactAssessment() {
        // for the mapping layer
    }

    /** The content an assessor enters. */
    public record Content(String uscc, String domain, AssessmentStage stage, List<ProposedMeasure> proposedMeasures,
                          BigDecimal fineAmount, Indicators indicators, RiskLevel riskLevel,
                          List<Mitigation> mitigations, String notes) {
    }

    static EconomicImpactAssessment draft(String agencyCode, String regionCode, String caseId, Content c,
                                          ImpactRules rules) {
        EconomicImpactAssessment a = new EconomicImpactAssessment();
        a.id = UUID.randomUUID().toString();
        a.agencyCode = agencyCode;
        a.regionCode = regionCode;
        a.caseId = caseId;
        a.status = AssessmentStatus.DRAFT;
        a.apply(c, rules);
        a.audit("IMPACT_ASSESSMENT_DRAFTED", Map.of("caseId", caseId));
        return a;
    }

    void revise(Content c, ImpactRules rules) {
        require("revise", AssessmentStatus.DRAFT, AssessmentStatus.RETURNED);
        apply(c, rules);
        audit("IMPACT_ASSESSMENT_REVISED", Map.of("caseId", caseId));
    }

    private void apply(Content c, ImpactRules rules) {
        uscc = c.uscc();
        domain = c.domain();
        stage = c.stage() == null ? AssessmentStage.BEFORE_DECISION : c.stage();
        proposedMeasures = c.proposedMeasures() == null ? List.of() : List.copyOf(c.proposedMeasures());
        fineAmount = c.fineAmount() == null ? null : c.fineAmount().setScale(2, RoundingMode.UNNECESSARY);
        indicators = c.indicators();
        computedRiskLevel = rules.riskLevel(indicators, proposedMeasures);
        riskLevel = c.riskLevel() == null ? computedRiskLevel : c.riskLevel();
        mitigations = c.mitigations() == null ? List.of() : List.copyOf(c.mitigations());
        notes = c.notes();
        required = rules.required(domain, proposedMeasures, fineAmount);
    }

    void submit(String by, Instant at) {
        require("submit", AssessmentStatus.DRAFT, AssessmentStatus.RETURNED);
        status = AssessmentStatus.SUBMITTED;
        submittedBy = by;
        returnReason = null;
        audit("IMPACT_ASSESSMENT_SUBMITTED", Map.of("by", by));
        assessed(at);
    }

    void approve(String by, Instant at) {
        require("approve", AssessmentStatus.SUBMITTED);
        if (by.equals(submittedBy)) {
            throw RuleViolation.conflict("APPROVER_IS_SUBMITTER");
        }
        status = AssessmentStatus.APPROVED;
        approvedBy = by;
        approvedOn = LocalDate.ofInstant(at, ZONE);
        audit("IMPACT_ASSESSMENT_APPROVED", Map.of("by", by));
        assessed(at);
    }

    void sendBack(String reason, String by, Instant at) {
        require("return", AssessmentStatus.SUBMITTED);
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("RETURN_REASON_REQUIRED").with("field", "reason");
        }
        status = AssessmentStatus.RETURNED;
        returnReason = reason;
        audit("IMPACT_ASSESSMENT_RETURNED", Map.of("by", by, "reason", reason));
        assessed(at);
    }

    private void assessed(Instant at) {
        raise(new EconomicImpactAssessed(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(at, ZONE), id,
                nextVersion(), regionCode, agencyCode, caseId, uscc, domain, stage.name(),
                proposedMeasures.stream().map(Enum::name).toList(),
                fineAmount == null ? null : fineAmount.toPlainString(), riskLevel.name(),
                mitigations.stream().map(Enum::name).toList(), status.name(), approvedBy, approvedOn));
    }

    private void require(String action, AssessmentStatus... allowed) {
        for (AssessmentStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw RuleViolation.conflict("INVALID_TRANSITION", "经济影响评估", status, action);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "EconomicImpactAssessment";
    }

    public String getId() { return id; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getCaseId() { return caseId; }
    public String getUscc() { return uscc; }
    public String getDomain() { return domain; }
    public AssessmentStage getStage() { return stage; }
    public List<ProposedMeasure> getProposedMeasures() { return proposedMeasures; }
    public BigDecimal getFineAmount() { return fineAmount; }
    public Indicators getIndicators() { return indicators; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public RiskLevel getComputedRiskLevel() { return computedRiskLevel; }
    public List<Mitigation> getMitigations() { return mitigations; }
    public String getNotes() { return notes; }
    public boolean isRequired() { return required; }
    public AssessmentStatus getStatus() { return status; }
    public String getSubmittedBy() { return submittedBy; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public String getReturnReason() { return returnReason; }
}
