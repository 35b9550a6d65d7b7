package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.check.DeviationApproval;
import cn.gov.lyg.enforcement.benchmark.check.PartyType;
import cn.gov.lyg.enforcement.benchmark.check.Verdict;
import cn.gov.lyg.enforcement.benchmark.web.Amounts;
import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A benchmark application on the API; money as decimal strings. {@code partyId} is shown masked (first 6 and last 4)
 * when it is a citizen's: the party is a CITIZEN or the value is a citizen ID number (DOMAIN.md §2.0.1 "display
 * masked", §2.0.4).
 */
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
        return new ApplicationView(r.getId(), r.getAgencyCode(), r.getRegionCode(), r.getCaseId(),
                shownPartyId(r.getPartyId(), r.getPartyType()),
                r.getPartyType(), r.getBenchmarkId(), r.getBenchmarkVersionId(), r.getVersionAtViolationId(),
                r.getVersionAtDecisionId(), r.getEntryId(), r.getViolationCode(), r.getViolationDate(),
                r.getDecisionDate(), r.getCircumstanceLevel(), r.getFactors(), Amounts.text(r.getBaseAmount()),
                r.getRecommendedTier(), Amounts.text(r.getRecommendedMin()), Amounts.text(r.getRecommendedMax()),
                r.getFinalPenaltyKinds(), Amounts.text(r.getFinalFine()), r.isWithinRecommended(), r.isNoPenalty(),
                r.getExemption(), r.getEducationMeasure(), r.getDeviationApproval(), r.getReasoningText(),
                r.getCheckVerdict(), r.getFindings(), r.getUnknowns(), r.getRecordedBy(), r.getCreatedAt());
    }

    /** The party id as displayed: a citizen's (CITIZEN party, or shaped like a citizen ID number) masked. */
    static String shownPartyId(String partyId, PartyType type) {
        if (partyId == null) {
            return null;
        }
        return type == PartyType.CITIZEN || citizenIdNumber(partyId) ? CitizenIdNumber.mask(partyId) : partyId;
    }

    private static boolean citizenIdNumber(String value) {
        String s = CitizenIdNumber.normalise(value);
        if (!s.matches("^[0-9]{17}[0-9X]$")) {
            return false;
        }
        return CitizenIdNumber.checkCharacter(s.substring(0, 17)) == s.charAt(17);
    }
}
