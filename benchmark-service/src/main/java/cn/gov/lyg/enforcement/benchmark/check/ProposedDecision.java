package cn.gov.lyg.enforcement.benchmark.check;

import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The decision an officer proposes, with the procedure facts the gate checks. An empty {@code penaltyKinds} means no
 * penalty. {@code tier} is optional (derived from the fine when absent). Hearing dates: {@code priorNoticeDate} when
 * the party was told of the intended decision and its rights (Art. 44/64), {@code hearingRequestedOn}, the hearing
 * notice and the hearing itself; {@code hearingWaived} when the party declared in writing not to request one.
 */
public record ProposedDecision(
        Set<PenaltyKind> penaltyKinds,
        BigDecimal fineAmount,
        BigDecimal confiscationAmount,
        DiscretionTier tier,
        PartyType partyType,
        ProcedureType procedure,
        boolean onTheSpotCollection,
        boolean hardToCollectLater,
        boolean remoteArea,
        LocalDate decisionDate,
        LocalDate priorNoticeDate,
        boolean hearingRightNotified,
        LocalDate hearingRequestedOn,
        boolean hearingWaived,
        LocalDate hearingNoticeDate,
        LocalDate hearingDate,
        boolean majorDecision,
        String legalReviewerId,
        LocalDate legalReviewDate,
        DeviationApproval deviationApproval,
        String educationMeasure,
        String domain) {

    public ProposedDecision {
        penaltyKinds = penaltyKinds == null ? Set.of() : Set.copyOf(penaltyKinds);
        partyType = partyType == null ? PartyType.LEGAL_PERSON : partyType;
        procedure = procedure == null ? ProcedureType.GENERAL : procedure;
    }

    public boolean noPenalty() {
        return penaltyKinds.isEmpty() && (fineAmount == null || fineAmount.signum() == 0);
    }

    public boolean fined() {
        return fineAmount != null && fineAmount.signum() > 0;
    }

    /** A plain general-procedure fine with the given kinds; the other facts empty (builder for tests and callers). */
    public static ProposedDecision fine(BigDecimal amount, Set<PenaltyKind> kinds, LocalDate decisionDate) {
        return new ProposedDecision(kinds, amount, null, null, PartyType.LEGAL_PERSON, ProcedureType.GENERAL, false,
                false, false, decisionDate, null, false, null, false, null, null, false, null, null, null, null, null);
    }
}
