package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.LegalReviewResult;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A case of the register; amounts as decimal strings with two decimals. */
public record CaseView(String id, long version, String agencyCode, String regionCode, String caseNo,
                       ItemType caseType, CaseMilestone lastMilestone, List<MilestoneView> milestones,
                       ThreeSystemsFacts threeSystems, List<BenchmarkLink> benchmarkApplications,
                       List<CorrectionView> corrections, String outcome, Instant createdAt, Instant modifiedAt) {

    /** A superseded report of a milestone: what it said, why it was corrected, by whom and when. */
    public record CorrectionView(CaseMilestone milestone, LocalDate supersededOccurredOn, String reason,
                                 String correctedBy, Instant correctedAt) {
    }

    public record MilestoneView(CaseMilestone type, LocalDate occurredOn, String decisionNo,
                                List<PenaltyKind> penaltyKinds, String fineAmount, String confiscationAmount,
                                String benchmarkApplicationRef, Boolean major, LegalReviewResult reviewResult,
                                String reviewerId, RemedyOutcome outcome, String serviceMethod, String publicationUrl,
                                List<AvAct> avActs, String note, Instant reportedAt, String reportedBy) {
    }

    static CaseView of(CaseFile c, CaseFile.Outcome outcome) {
        List<MilestoneView> list = c.getMilestones().values().stream()
                .sorted(Comparator.comparing(Milestone::occurredOn).thenComparing(Milestone::type))
                .map(m -> new MilestoneView(m.type(), m.occurredOn(), m.decisionNo(),
                        m.penaltyKinds() == null ? List.of() : m.penaltyKinds(), CaseFile.money(m.fineAmount()),
                        CaseFile.money(m.confiscationAmount()), m.benchmarkApplicationRef(), m.major(),
                        m.reviewResult(), m.reviewerId(), m.outcome(), m.serviceMethod(), m.publicationUrl(),
                        m.avActs() == null ? List.of() : m.avActs(), m.note(), m.reportedAt(), m.reportedBy()))
                .toList();
        return new CaseView(c.getId(), c.getVersion() == null ? 0 : c.getVersion(), c.getAgencyCode(),
                c.getRegionCode(), c.getCaseNo(), c.getCaseType(), c.getLastMilestone(), list, c.getFacts(),
                c.getBenchmarkApplications(), c.getCorrections().stream().map(x -> new CorrectionView(
                        x.superseded().type(), x.superseded().occurredOn(), x.reason(), x.correctedBy(),
                        x.correctedAt())).toList(),
                outcome == null ? null : outcome.name(), c.getCreatedAt(), c.getModifiedAt());
    }
}
