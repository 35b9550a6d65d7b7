package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneCorrected;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One report of a case milestone as the statistics read it, from either event of the case register: the first report
 * ({@code CaseMilestoneRecorded}) or a correction ({@code CaseMilestoneCorrected}, which carries the corrected content
 * in the same members). {@code caseVersion} is the case's aggregate version after the report: later reports of the
 * same milestone always carry a higher one.
 */
public record ReportedMilestone(String caseId, long caseVersion, String agencyCode, String regionCode,
                                ItemType caseType, CaseMilestone milestone, LocalDate occurredOn,
                                List<PenaltyKind> penaltyKinds, BigDecimal fineAmount, BigDecimal confiscationAmount,
                                RemedyOutcome outcome) {

    public static ReportedMilestone of(CaseMilestoneRecorded e) {
        return new ReportedMilestone(e.aggregateId(), e.aggregateVersion(), e.agencyCode(), e.regionCode(),
                ItemType.valueOf(e.caseType()), CaseMilestone.valueOf(e.milestone()), e.occurredOn(),
                kinds(e.penaltyKinds()), amount(e.fineAmount()), amount(e.confiscationAmount()), outcome(e.outcome()));
    }

    public static ReportedMilestone of(CaseMilestoneCorrected e) {
        return new ReportedMilestone(e.aggregateId(), e.aggregateVersion(), e.agencyCode(), e.regionCode(),
                ItemType.valueOf(e.caseType()), CaseMilestone.valueOf(e.milestone()), e.occurredOn(),
                kinds(e.penaltyKinds()), amount(e.fineAmount()), amount(e.confiscationAmount()), outcome(e.outcome()));
    }

    /** What this report contributes to its agency's statistics (the national counting rules). */
    public StatisticsRules.Contribution contribution() {
        return StatisticsRules.contribution(caseType, milestone, occurredOn, penaltyKinds, fineAmount,
                confiscationAmount, outcome);
    }

    private static List<PenaltyKind> kinds(List<String> kinds) {
        return kinds == null ? List.of() : kinds.stream().map(PenaltyKind::valueOf).toList();
    }

    private static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static RemedyOutcome outcome(String value) {
        return value == null ? null : RemedyOutcome.valueOf(value);
    }
}
