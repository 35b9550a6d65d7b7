package cn.gov.lyg.enforcement.inspection.assessment;

import java.time.LocalDate;
import java.util.List;

/** An assessment as the API shows it; money as a decimal string with two decimals. */
public record AssessmentView(String id, String agencyCode, String caseId, String uscc, String domain,
                             AssessmentStage stage, List<ProposedMeasure> proposedMeasures, String fineAmount,
                             Indicators indicators, RiskLevel riskLevel, RiskLevel computedRiskLevel,
                             List<Mitigation> mitigations, String notes, boolean required, AssessmentStatus status,
                             String submittedBy, String approvedBy, LocalDate approvedOn, String returnReason,
                             Long version) {

    static AssessmentView of(EconomicImpactAssessment a) {
        return new AssessmentView(a.getId(), a.getAgencyCode(), a.getCaseId(), a.getUscc(), a.getDomain(),
                a.getStage(), a.getProposedMeasures(), a.getFineAmount() == null ? null
                : a.getFineAmount().toPlainString(), a.getIndicators(), a.getRiskLevel(), a.getComputedRiskLevel(),
                a.getMitigations(), a.getNotes(), a.isRequired(), a.getStatus(), a.getSubmittedBy(),
                a.getApprovedBy(), a.getApprovedOn(), a.getReturnReason(), a.getVersion());
    }
}
