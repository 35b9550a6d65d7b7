package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.LegalReviewResult;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One reported milestone of a case; the fields beyond {@code type} and {@code occurredOn} belong to certain types
 * (kinds and amounts to DECIDED, the review result to LEGAL_REVIEW, the outcome to the remedies …).
 */
public record Milestone(CaseMilestone type, LocalDate occurredOn, String decisionNo, List<PenaltyKind> penaltyKinds,
                        BigDecimal fineAmount, BigDecimal confiscationAmount, String benchmarkApplicationRef,
                        Boolean major, LegalReviewResult reviewResult, String reviewerId, RemedyOutcome outcome,
                        String serviceMethod, String publicationUrl, List<AvAct> avActs, String note,
                        Instant reportedAt, String reportedBy) {

    /** Same content (what the agency reported), whoever reported it when: a repeat of the same report. */
    public boolean sameContentAs(Milestone other) {
        return type == other.type && Objects.equals(occurredOn, other.occurredOn)
                && Objects.equals(decisionNo, other.decisionNo)
                && Objects.equals(penaltyKinds == null ? List.of() : penaltyKinds,
                other.penaltyKinds == null ? List.of() : other.penaltyKinds)
                && sameAmount(fineAmount, other.fineAmount) && sameAmount(confiscationAmount, other.confiscationAmount)
                && Objects.equals(benchmarkApplicationRef, other.benchmarkApplicationRef)
                && Objects.equals(major, other.major) && reviewResult == other.reviewResult
                && Objects.equals(reviewerId, other.reviewerId) && outcome == other.outcome
                && Objects.equals(serviceMethod, other.serviceMethod)
                && Objects.equals(publicationUrl, other.publicationUrl)
                && Objects.equals(avActs == null ? List.of() : avActs, other.avActs == null ? List.of() : other.avActs)
                && Objects.equals(note, other.note);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
