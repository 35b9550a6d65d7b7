package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.check.DeviationApproval;
import cn.gov.lyg.enforcement.benchmark.check.PartyType;
import cn.gov.lyg.enforcement.benchmark.check.Verdict;
import cn.gov.lyg.enforcement.benchmark.web.Amounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A benchmark application on the API; money as decimal strings. */
public record ApplicationView(String id, String agencyCode, String regionCode, String caseId, String partyId,
                              PartyType partyType, String benchmarkId, String benchmarkVersionId,
                              String versionAtViolationId, String versionAtDecisionId, String entryId,
                              String violationCode, LocalDate violationDate, LocalDate decisionDate,
                              CircumstanceLevel circumstanceLevel, Set<String> factors, String baseAmount,
                              DiscretionTier recommendedTier, String recommendedMin, String recommendedMax,
                              Set<PenaltyKind> finalPenaltyKinds, String finalFine, boolean withinRecommended,
                              boolean noPenalty, String exemption, String educationMeasure,
                              DeviationApproval deviationApproval, String reasoningText, Verdict checkVerdict,
                              List<String> findings, List<String> unknowns, String recordedBy, Instant recordedAt) {

    static ApplicationView of(BenchmarkApplicationRecord r) {
        return new ApplicationView(r.getId(), r.getAgencyCode(), r.getRegionCode(), r.getCaseId(), r.getPartyId(),
                r.getPartyType(), r.getBenchmarkId(), r.getBenchmarkVersionId(), r.getVersionAtViolationId(),
                r.getVersionAtDecisionId(), r.getEntryId(), r.getViolationCode(), r.getViolationDate(),
                r.getDecisionDate(), r.getCircumstanceLevel(), r.getFactors(), Amounts.text(r.getBaseAmount()),
                r.getRecommendedTier(), Amounts.text(r.getRecommendedMin()), Amounts.text(r.getRecommendedMax()),
                r.getFinalPenaltyKinds(), Amounts.text(r.getFinalFine()), r.isWithinRecommended(), r.isNoPenalty(),
                r.getExemption(), r.getEducationMeasure(), r.getDeviationApproval(), r.getReasoningText(),
                r.getCheckVerdict(), r.getFindings(), r.getUnknowns(), r.getRecordedBy(), r.getCreatedAt());
    }
}
