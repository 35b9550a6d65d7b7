package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.check.DeviationApproval;
import cn.gov.lyg.enforcement.benchmark.check.PartyType;
import cn.gov.lyg.enforcement.benchmark.check.Verdict;
import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 基准适用记录: one penalty decision recorded against a benchmark entry — the inputs, the recommendation (with both
 * versions of 从旧兼从轻), the outcome, whether it deviates and the deviation's approval. Unique per agency + case +
 * entry. Written once; its events travel in the same document write.
 */
@Document(BenchmarkApplicationRecord.COLLECTION)
public class BenchmarkApplicationRecord extends AggregateDocument {

    public static final String COLLECTION = "benchmark_applications";

    @Id
    private String id;
    private String agencyCode;
    private String regionCode;
    private String caseId;
    private String partyId;
    private PartyType partyType;
    private String benchmarkId;
    private String benchmarkVersionId;
    private String versionAtViolationId;
    private String versionAtDecisionId;
    private String entryId;
    private String violationCode;
    private LocalDate violationDate;
    private LocalDate decisionDate;
    private CircumstanceLevel circumstanceLevel;
    private Set<String> factors;
    private BigDecimal baseAmount;
    private DiscretionTier recommendedTier;
    private BigDecimal recommendedMin;
    private BigDecimal recommendedMax;
    private Set<PenaltyKind> finalPenaltyKinds;
    private BigDecimal finalFine;
    private boolean withinRecommended;
    private boolean noPenalty;
    private boolean penalised;
    private String exemption;
    private String educationMeasure;
    private DeviationApproval deviationApproval;
    private String reasoningText;
    private Verdict checkVerdict;
    private List<String> findings;
    private List<String> unknowns;
    private String recordedBy;

    protected BenchmarkApplicationRecord() {
        // for the mapping layer
    }

    @SuppressWarnings("java:S107")
    BenchmarkApplicationRecord(String id, String agencyCode, String regionCode, String caseId, String partyId,
                               PartyType partyType, String benchmarkId, String benchmarkVersionId,
                               String versionAtViolationId, String versionAtDecisionId, String entryId,
                               String violationCode, LocalDate violationDate, LocalDate decisionDate,
                               CircumstanceLevel circumstanceLevel, Set<String> factors, BigDecimal baseAmount,
                               DiscretionTier recommendedTier, BigDecimal recommendedMin, BigDecimal recommendedMax,
                               Set<PenaltyKind> finalPenaltyKinds, BigDecimal finalFine, boolean withinRecommended,
                               boolean noPenalty, String exemption, String educationMeasure,
                               DeviationApproval deviationApproval, String reasoningText, Verdict checkVerdict,
                               List<String> findings, List<String> unknowns, String recordedBy) {
        this.id = id;
        this.agencyCode = agencyCode;
        this.regionCode = regionCode;
        this.caseId = caseId;
        this.partyId = partyId;
        this.partyType = partyType;
        this.benchmarkId = benchmarkId;
        this.benchmarkVersionId = benchmarkVersionId;
        this.versionAtViolationId = versionAtViolationId;
        this.versionAtDecisionId = versionAtDecisionId;
        this.entryId = entryId;
        this.violationCode = violationCode;
        this.violationDate = violationDate;
        this.decisionDate = decisionDate;
        this.circumstanceLevel = circumstanceLevel;
        this.factors = factors;
        this.baseAmount = baseAmount;
        this.recommendedTier = recommendedTier;
        this.recommendedMin = recommendedMin;
        this.recommendedMax = recommendedMax;
        this.finalPenaltyKinds = finalPenaltyKinds;
        this.finalFine = finalFine;
        this.withinRecommended = withinRecommended;
        this.noPenalty = noPenalty;
        this.penalised = !noPenalty;
        this.exemption = exemption;
        this.educationMeasure = educationMeasure;
        this.deviationApproval = deviationApproval;
        this.reasoningText = reasoningText;
        this.checkVerdict = checkVerdict;
        this.findings = findings;
        this.unknowns = unknowns;
        this.recordedBy = recordedBy;
    }

    void record(DomainEvent event) {
        raise(event);
    }

    void note(String action, Map<String, Object> details) {
        audit(action, details);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "BenchmarkApplication";
    }

    public String getId() { return id; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getCaseId() { return caseId; }
    public String getPartyId() { return partyId; }
    public PartyType getPartyType() { return partyType; }
    public String getBenchmarkId() { return benchmarkId; }
    public String getBenchmarkVersionId() { return benchmarkVersionId; }
    public String getVersionAtViolationId() { return versionAtViolationId; }
    public String getVersionAtDecisionId() { return versionAtDecisionId; }
    public String getEntryId() { return entryId; }
    public String getViolationCode() { return violationCode; }
    public LocalDate getViolationDate() { return violationDate; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public CircumstanceLevel getCircumstanceLevel() { return circumstanceLevel; }
    public Set<String> getFactors() { return factors; }
    public BigDecimal getBaseAmount() { return baseAmount; }
    public DiscretionTier getRecommendedTier() { return recommendedTier; }
    public BigDecimal getRecommendedMin() { return recommendedMin; }
    public BigDecimal getRecommendedMax() { return recommendedMax; }
    public Set<PenaltyKind> getFinalPenaltyKinds() { return finalPenaltyKinds; }
    public BigDecimal getFinalFine() { return finalFine; }
    public boolean isWithinRecommended() { return withinRecommended; }
    public boolean isNoPenalty() { return noPenalty; }
    public String getExemption() { return exemption; }
    public String getEducationMeasure() { return educationMeasure; }
    public DeviationApproval getDeviationApproval() { return deviationApproval; }
    public String getReasoningText() { return reasoningText; }
    public Verdict getCheckVerdict() { return checkVerdict; }
    public List<String> getFindings() { return findings; }
    public List<String> getUnknowns() { return unknowns; }
    public String getRecordedBy() { return recordedBy; }
}
