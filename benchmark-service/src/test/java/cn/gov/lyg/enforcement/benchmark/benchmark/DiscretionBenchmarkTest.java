package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import static cn.gov.lyg.enforcement.benchmark.law.RuleAssert.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscretionBenchmarkTest {

    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);

    @Test
    void runsTheWholeWorkflow() {
        DiscretionBenchmark b = Entries.draft(BenchmarkLevel.CITY, null, ComputationModel.A, Entries.fir6013());
        assertThat(b.status()).isEqualTo(BenchmarkStatus.DRAFT);
        b.submitForLegalReview();
        assertThat(b.status()).isEqualTo(BenchmarkStatus.LEGAL_REVIEW);
        b.approve(new DiscretionBenchmark.LegalReview("r", FROM.minusDays(30), "合法"),
                new DiscretionBenchmark.Deliberation(FROM.minusDays(20), "纪要"));
        assertThat(b.status()).isEqualTo(BenchmarkStatus.APPROVED);
        b.publish(FROM.minusDays(10), FROM, "连消〔2025〕2号", Optional.empty());
        assertThat(b.status()).isEqualTo(BenchmarkStatus.PUBLISHED);
        assertThat(b.docNo()).isEqualTo("连消〔2025〕2号");
        assertThat(b.activate(FROM.minusDays(1))).isFalse();
        assertThat(b.activate(FROM)).isTrue();
        assertThat(b.status()).isEqualTo(BenchmarkStatus.EFFECTIVE);
        b.supersede(LocalDate.of(2026, 1, 1));
        assertThat(b.status()).isEqualTo(BenchmarkStatus.SUPERSEDED);
        assertThat(b.effectiveTo()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void reviewerCanSendItBack() {
        DiscretionBenchmark b = Entries.draft(BenchmarkLevel.CITY, null, ComputationModel.A, Entries.fir6013());
        b.submitForLegalReview();
        b.returnToDraft(new DiscretionBenchmark.LegalReview("r", FROM, "幅度不清"));
        assertThat(b.status()).isEqualTo(BenchmarkStatus.DRAFT);
        assertThat(b.legalReview().opinion()).isEqualTo("幅度不清");
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        DiscretionBenchmark b = Entries.draft(BenchmarkLevel.CITY, null, ComputationModel.A, Entries.fir6013());
        assertRule(() -> b.publish(FROM, FROM, "x", Optional.empty()), "INVALID_BENCHMARK_TRANSITION");
        assertRule(() -> b.approve(null, null), "INVALID_BENCHMARK_TRANSITION");
        assertRule(() -> b.supersede(FROM), "INVALID_BENCHMARK_TRANSITION");
        assertRule(() -> b.repeal(FROM), "INVALID_BENCHMARK_TRANSITION");
        b.submitForLegalReview();
        assertRule(() -> b.addEntry(Entries.eco992()), "INVALID_BENCHMARK_TRANSITION");
        assertRule(b::submitForLegalReview, "INVALID_BENCHMARK_TRANSITION");
    }

    @Test
    void legalReviewWithoutEntriesOrApprovalWithoutRecordsIsRefused() {
        DiscretionBenchmark empty = Entries.draft(BenchmarkLevel.CITY, null, ComputationModel.A);
        assertRule(empty::submitForLegalReview, "BENCHMARK_WITHOUT_ENTRIES");
        DiscretionBenchmark b = Entries.draft(BenchmarkLevel.CITY, null, ComputationModel.A, Entries.fir6013());
        b.submitForLegalReview();
        assertRule(() -> b.approve(null, new DiscretionBenchmark.Deliberation(FROM, "m")), "LEGAL_REVIEW_MISSING");
        assertRule(() -> b.approve(new DiscretionBenchmark.LegalReview("r", FROM, "ok"), null), "DELIBERATION_MISSING");
        assertRule(() -> b.approve(new DiscretionBenchmark.LegalReview("r", FROM, "ok"),
                new DiscretionBenchmark.Deliberation(FROM.minusDays(1), "m")), "DATES_OUT_OF_ORDER");
    }

    @Test
    void publicationDatesMustBeInOrderAndADocumentNumberGiven() {
        DiscretionBenchmark b = Entries.draft(BenchmarkLevel.CITY, null, ComputationModel.A, Entries.fir6013());
        Entries.approve(b, FROM);
        assertRule(() -> b.publish(FROM, FROM.minusDays(1), null, Optional.empty()), "DATES_OUT_OF_ORDER");
        DiscretionBenchmark noDoc = DiscretionBenchmark.draft("v", "b", "t", Entries.AGENCY, "320706",
                BenchmarkLevel.CITY, null, "FIRE", null, null);
        noDoc.addEntry(Entries.fir6013());
        Entries.approve(noDoc, FROM);
        assertRule(() -> noDoc.publish(FROM, FROM, " ", Optional.empty()), "BENCHMARK_INVALID");
    }

    @Test
    void entriesAreValidatedAndViolationCodesUnique() {
        DiscretionBenchmark b = Entries.draft(BenchmarkLevel.CITY, null, ComputationModel.A, Entries.fir6013());
        assertRule(() -> b.addEntry(Entries.fir6013().withEntryId("other")), "DUPLICATE_VIOLATION_CODE");
        BenchmarkEntry mandatoryNotAllowed = Entries.entry("Y", "某法", "1", FineFormula.fixedRange(1, 2),
                Set.of(PenaltyKind.FINE), Set.of(PenaltyKind.REVOKE_LICENCE), List.of());
        assertRule(() -> b.addEntry(mandatoryNotAllowed), "ENTRY_INVALID");
        BenchmarkEntry fineWithoutFormula = Entries.entry("Z", "某法", "1", null, Set.of(PenaltyKind.FINE), Set.of(),
                List.of());
        assertRule(() -> b.addEntry(fineWithoutFormula), "ENTRY_INVALID");
        BenchmarkEntry unknownFactor = Entries.entry("W", "某法", "1", FineFormula.fixedRange(1, 2),
                Set.of(PenaltyKind.FINE), Set.of(), List.of(new TierRule(DiscretionTier.HEAVIER, null, null,
                        List.of("NOT_A_FACTOR"), null, null, null, null, Set.of())));
        assertRule(() -> b.addEntry(unknownFactor), "ENTRY_INVALID");
        BenchmarkEntry outside = Entries.entry("V", "某法", "1", FineFormula.fixedRange(5_000, 50_000),
                Set.of(PenaltyKind.FINE), Set.of(), List.of(TierRule.amounts(DiscretionTier.HEAVIER, null, 40_000, 60_000)));
        assertRule(() -> b.addEntry(outside), "ENTRY_INVALID");
        BenchmarkEntry replaced = b.replaceEntry("e-FIR", Entries.eco992());
        assertThat(replaced.entryId()).isEqualTo("e-FIR");
        assertThat(b.entries()).extracting(BenchmarkEntry::violationCode).containsExactly("ECO-99-2");
        b.removeEntry("e-FIR");
        assertThat(b.entries()).isEmpty();
        assertRule(() -> b.removeEntry("e-FIR"), "ENTRY_NOT_FOUND");
    }

    @Test
    void modelCNeedsWeightedFactors() {
        DiscretionBenchmark c = Entries.draft(BenchmarkLevel.CITY, null, ComputationModel.C);
        assertRule(() -> c.addEntry(Entries.eco992()), "ENTRY_INVALID");
    }

    @Test
    void inForceFollowsTheEffectivePeriod() {
        DiscretionBenchmark b = Entries.published(BenchmarkLevel.CITY, null, ComputationModel.A, FROM, Entries.fir6013());
        assertThat(b.inForceOn(FROM.minusDays(1))).isFalse();
        assertThat(b.inForceOn(FROM)).isTrue();
        b.repeal(LocalDate.of(2025, 6, 1));
        assertThat(b.status()).isEqualTo(BenchmarkStatus.REPEALED);
        assertThat(b.inForceOn(LocalDate.of(2025, 5, 31))).isTrue();
        assertThat(b.inForceOn(LocalDate.of(2025, 6, 1))).isFalse();
        assertThat(Entries.draft(BenchmarkLevel.CITY, null, ComputationModel.A).inForceOn(FROM)).isFalse();
    }

    @Test
    void reviewFlagsReachCitingEntriesOnceAndNewVersionsStartClean() {
        DiscretionBenchmark b = Entries.published(BenchmarkLevel.CITY, null, ComputationModel.A, FROM,
                Entries.fir6013(), Entries.urb426());
        assertThat(b.flagReview("LAW_CHANGE:城市道路管理条例:42", e -> e.cites("城市道路管理条例", "42"))).isTrue();
        assertThat(b.flagReview("LAW_CHANGE:城市道路管理条例:42", e -> e.cites("城市道路管理条例", "42"))).isFalse();
        assertThat(b.flagReview("OTHER", e -> false)).isFalse();
        assertThat(b.reviewRequired()).isTrue();
        assertThat(b.entryByViolationCode("URB-42-6").orElseThrow().reviewRequired()).isTrue();
        assertThat(b.entryByViolationCode("FIR-60-1-3").orElseThrow().reviewRequired()).isFalse();
        DiscretionBenchmark next = b.nextVersion("v2", RevisionReason.LAW_CHANGE);
        assertThat(next.versionNo()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(BenchmarkStatus.DRAFT);
        assertThat(next.supersedesVersionId()).isEqualTo(b.versionId());
        assertThat(next.benchmarkId()).isEqualTo(b.benchmarkId());
        assertThat(next.reviewRequired()).isFalse();
        assertThat(next.entries()).noneMatch(BenchmarkEntry::reviewRequired).hasSize(2);
        assertRule(() -> next.nextVersion("v3", RevisionReason.OTHER), "BENCHMARK_VERSION_NOT_RELEASED");
    }

    @Test
    void aProvincialBenchmarkHasNoParent() {
        assertRule(() -> Entries.draft(BenchmarkLevel.PROVINCE, "parent", ComputationModel.A), "BENCHMARK_INVALID");
    }
}
