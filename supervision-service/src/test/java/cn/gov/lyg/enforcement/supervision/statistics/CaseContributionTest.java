package cn.gov.lyg.enforcement.supervision.statistics;

import static cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Corrections of case milestones move the statistics by difference (DOMAIN.md §2.5.4 counting rules): the old
 * contribution subtracted, the new one added, a decision counted once under the heaviest kind of its current report,
 * 罚没金额 exact; older reports, redeliveries and replays change nothing; the tallies equal a recount of the
 * register's current reports.
 */
class CaseContributionTest {

    static final String AGENCY = "11320707300300021G";

    static ReportedMilestone decided(String caseNo, long version, String on, List<PenaltyKind> kinds, String fine,
                                     String confiscation) {
        return new ReportedMilestone(AGENCY + ":" + caseNo, version, AGENCY, "320707", ItemType.PENALTY,
                CaseMilestone.DECIDED, LocalDate.parse(on), kinds, fine == null ? null : new BigDecimal(fine),
                confiscation == null ? null : new BigDecimal(confiscation), null);
    }

    static ReportedMilestone remedy(String caseNo, long version, String on, RemedyOutcome outcome) {
        return new ReportedMilestone(AGENCY + ":" + caseNo, version, AGENCY, "320707", ItemType.PENALTY,
                CaseMilestone.RECONSIDERATION_CONCLUDED, LocalDate.parse(on), List.of(), null, null, outcome);
    }

    static ReportedMilestone served(String caseNo, long version) {
        return new ReportedMilestone(AGENCY + ":" + caseNo, version, AGENCY, "320707", ItemType.PENALTY,
                CaseMilestone.SERVED, LocalDate.parse("2024-07-01"), List.of(), null, null, null);
    }

    @Test
    void aFirstReportIsCountedAndRemembered() {
        CaseContribution.Step step = CaseContribution.next(null, decided("1", 0, "2024-06-03", List.of(FINE),
                "5000.00", null), "e-1");
        assertThat(step.action()).isEqualTo(CaseContribution.Action.APPLY);
        assertThat(step.difference()).hasSize(1);
        assertThat(step.difference().get(0).counts()).containsOnly(Map.entry(StatisticsCell.PENALTY_FINE, 1L),
                Map.entry(StatisticsCell.PENALTY_TOTAL, 1L));
        assertThat(step.document().getCaseVersion()).isZero();
        assertThat(step.document().getEventId()).isEqualTo("e-1");
    }

    @Test
    void aCorrectedDecisionMovesFromItsOldHeaviestKindToItsNewOneAndItsAmountByTheDifference() {
        CaseContribution doc = CaseContribution.next(null, decided("1", 0, "2024-06-03", List.of(FINE), "5000.00",
                null), "e-1").document();
        CaseContribution.Step step = CaseContribution.next(doc, decided("1", 3, "2024-06-03",
                List.of(FINE, CONFISCATE_ILLEGAL_GAINS), "5000.00", "1234.56"), "e-2");
        assertThat(step.action()).isEqualTo(CaseContribution.Action.APPLY);
        assertThat(step.difference()).hasSize(1);
        StatisticsRules.Contribution change = step.difference().get(0);
        assertThat(change.year()).isEqualTo(2024);
        // once under the heaviest kind: 罚款 −1, 没收 +1, the total unchanged
        assertThat(change.counts()).containsOnly(Map.entry(StatisticsCell.PENALTY_FINE, -1L),
                Map.entry(StatisticsCell.PENALTY_CONFISCATION, 1L));
        assertThat(change.amountYuan()).isEqualByComparingTo("1234.56");
        assertThat(step.document().getCaseVersion()).isEqualTo(3);
        assertThat(step.document().getReplaced().counts()).containsEntry(StatisticsCell.PENALTY_FINE, 1L);
    }

    @Test
    void aStaleReportIsIgnoredAndTheSameEventAfterAnInterruptedUpdateResumesWithTheSameDifference() {
        CaseContribution doc = CaseContribution.next(null, decided("1", 0, "2024-06-03", List.of(FINE), "5000.00",
                null), "e-1").document();
        CaseContribution.Step correction = CaseContribution.next(doc, decided("1", 3, "2024-06-03", List.of(WARNING),
                null, null), "e-2");
        // the first report again, as another event (a replay from the DLT): older than what is counted
        assertThat(CaseContribution.next(correction.document(), decided("1", 0, "2024-06-03", List.of(FINE),
                "5000.00", null), "e-1-replayed").action()).isEqualTo(CaseContribution.Action.IGNORE);
        // the correction's event again, its document saved but tallies maybe not: the same difference once more
        CaseContribution.Step again = CaseContribution.next(correction.document(), decided("1", 3, "2024-06-03",
                List.of(WARNING), null, null), "e-2");
        assertThat(again.action()).isEqualTo(CaseContribution.Action.RESUME);
        assertThat(again.difference()).isEqualTo(correction.difference());
    }

    @Test
    void aMilestoneThatCountsNothingKeepsNoDocumentUntilACorrectionMakesItCount() {
        assertThat(CaseContribution.next(null, served("2", 1), "e-3").action())
                .isEqualTo(CaseContribution.Action.IGNORE);
        CaseContribution.Step none = CaseContribution.next(null, decided("3", 0, "2024-06-03", List.of(), null,
                null), "e-4");
        assertThat(none.action()).isEqualTo(CaseContribution.Action.IGNORE);
        assertThat(none.document()).isNull();
        CaseContribution.Step now = CaseContribution.next(null, decided("3", 2, "2024-06-03", List.of(WARNING), null,
                null), "e-5");
        assertThat(now.difference().get(0).counts()).containsOnly(Map.entry(StatisticsCell.PENALTY_WARNING, 1L),
                Map.entry(StatisticsCell.PENALTY_TOTAL, 1L));
        // and back to no kind: the decision leaves its row and the total
        CaseContribution.Step back = CaseContribution.next(now.document(), decided("3", 4, "2024-06-03", List.of(),
                null, null), "e-6");
        assertThat(back.difference().get(0).counts()).containsOnly(Map.entry(StatisticsCell.PENALTY_WARNING, -1L),
                Map.entry(StatisticsCell.PENALTY_TOTAL, -1L));
    }

    /** A recount: what the register's current reports contribute, per year. */
    static Map<Integer, Map<StatisticsCell, Long>> recount(Map<String, ReportedMilestone> current,
                                                           Map<Integer, BigDecimal> amounts) {
        Map<Integer, Map<StatisticsCell, Long>> counts = new TreeMap<>();
        for (ReportedMilestone r : current.values()) {
            StatisticsRules.Contribution c = r.contribution();
            if (c.isEmpty()) {
                continue;
            }
            Map<StatisticsCell, Long> year = counts.computeIfAbsent(c.year(), y -> new TreeMap<>());
            c.counts().forEach((cell, n) -> year.merge(cell, n, Long::sum));
            amounts.merge(c.year(), c.amountYuan(), BigDecimal::add);
        }
        return counts;
    }

    @Test
    void afterReportsCorrectionsRedeliveriesAndReplaysTheTalliesEqualARecountOfTheCurrentReports() {
        List<Object[]> deliveries = new ArrayList<>();   // {eventId, report}
        deliveries.add(new Object[] {"r-a", decided("A", 0, "2024-12-30", List.of(FINE), "5000.00", null)});
        deliveries.add(new Object[] {"r-b", decided("B", 0, "2024-03-01", List.of(WARNING), null, null)});
        deliveries.add(new Object[] {"r-c", remedy("B", 1, "2024-05-01", RemedyOutcome.UPHELD)});
        // A corrected into the next year, heavier, with a confiscation
        deliveries.add(new Object[] {"c-a", decided("A", 2, "2025-01-02", List.of(FINE, REVOKE_LICENCE), "5000.00",
                "800.10")});
        deliveries.add(new Object[] {"c-a", decided("A", 2, "2025-01-02", List.of(FINE, REVOKE_LICENCE), "5000.00",
                "800.10")});                                                     // redelivered
        deliveries.add(new Object[] {"r-a-replay", decided("A", 0, "2024-12-30", List.of(FINE), "5000.00", null)});
        // B's decision gets a fine; its reconsideration outcome is corrected to REVOKED
        deliveries.add(new Object[] {"c-b", decided("B", 3, "2024-03-01", List.of(WARNING, FINE), "200.00", null)});
        deliveries.add(new Object[] {"c-c", remedy("B", 4, "2024-05-01", RemedyOutcome.REVOKED)});
        // a served milestone: counts nothing
        deliveries.add(new Object[] {"r-d", served("B", 5)});

        Map<String, CaseContribution> documents = new HashMap<>();
        Map<Integer, StatisticsTally> tallies = new TreeMap<>();
        Map<String, ReportedMilestone> current = new LinkedHashMap<>();
        for (Object[] d : deliveries) {
            String eventId = (String) d[0];
            ReportedMilestone report = (ReportedMilestone) d[1];
            String id = CaseContribution.idOf(report.caseId(), report.milestone());
            CaseContribution.Step step = CaseContribution.next(documents.get(id), report, eventId);
            if (step.action() == CaseContribution.Action.APPLY) {
                documents.put(id, step.document());
            }
            for (StatisticsRules.Contribution change : step.difference()) {
                tallies.computeIfAbsent(change.year(), y -> StatisticsTally.empty(AGENCY, "320707", y))
                        .apply(eventId, change);
            }
            ReportedMilestone known = current.get(id);
            if (known == null || known.caseVersion() < report.caseVersion()) {
                current.put(id, report);
            }
        }
        Map<Integer, BigDecimal> amounts = new TreeMap<>();
        Map<Integer, Map<StatisticsCell, Long>> expected = recount(current, amounts);
        assertThat(tallies.keySet()).containsExactly(2024, 2025);
        for (int year : tallies.keySet()) {
            for (StatisticsCell cell : StatisticsCell.values()) {
                assertThat(tallies.get(year).count(cell)).as(year + " " + cell)
                        .isEqualTo(expected.getOrDefault(year, Map.of()).getOrDefault(cell, 0L));
            }
            assertThat(tallies.get(year).getAmountYuan()).as(year + " amount")
                    .isEqualByComparingTo(amounts.getOrDefault(year, BigDecimal.ZERO));
        }
        // and the figures themselves: 2024 has B under 罚款 with its 200 yuan, the reconsideration reversed;
        // 2025 has A once, under 吊销许可证件, with 5 800.10 yuan
        assertThat(tallies.get(2024).count(StatisticsCell.PENALTY_FINE)).isEqualTo(1);
        assertThat(tallies.get(2024).count(StatisticsCell.PENALTY_WARNING)).isZero();
        assertThat(tallies.get(2024).count(StatisticsCell.PENALTY_TOTAL)).isEqualTo(1);
        assertThat(tallies.get(2024).count(StatisticsCell.RECONSIDERATIONS)).isEqualTo(1);
        assertThat(tallies.get(2024).count(StatisticsCell.RECONSIDERATIONS_REVERSED)).isEqualTo(1);
        assertThat(tallies.get(2024).getAmountYuan()).isEqualByComparingTo("200.00");
        assertThat(tallies.get(2025).count(StatisticsCell.PENALTY_REVOKE_LICENCE)).isEqualTo(1);
        assertThat(tallies.get(2025).count(StatisticsCell.PENALTY_TOTAL)).isEqualTo(1);
        assertThat(StatisticsRules.toWan(tallies.get(2025).getAmountYuan())).isEqualByComparingTo("0.58");
    }
}
