package cn.gov.lyg.enforcement.benchmark.recommendation;

import static cn.gov.lyg.enforcement.benchmark.benchmark.Entries.range;
import static cn.gov.lyg.enforcement.benchmark.law.RuleAssert.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkEntry;
import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.ComputationModel;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionBenchmark;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.benchmark.Entries;
import cn.gov.lyg.enforcement.benchmark.benchmark.FineFormula;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.benchmark.RevisionReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 从旧兼从轻 across benchmark versions (Art. 37). */
class LexMitiorTest {

    private static final LocalDate V1_FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate V2_FROM = LocalDate.of(2025, 7, 1);
    private final LexMitior lexMitior = new LexMitior(new RecommendationEngine());

    private static BenchmarkEntry urbWithMax(long max) {
        return Entries.entry("URB-42-6", "城市道路管理条例", "42", FineFormula.maxOnly(max), Set.of(PenaltyKind.FINE),
                Set.of(), List.of());
    }

    private static List<DiscretionBenchmark> versions(RevisionReason reason, BenchmarkEntry v2Entry) {
        DiscretionBenchmark v1 = Entries.published(BenchmarkLevel.CITY, null, ComputationModel.A, V1_FROM, urbWithMax(20_000));
        DiscretionBenchmark v2 = v1.nextVersion("v2", reason);
        v2.removeEntry(v2.entries().get(0).entryId());
        if (v2Entry != null) {
            v2.addEntry(v2Entry);
        }
        Entries.approve(v2, V2_FROM);
        v2.publish(V2_FROM.minusDays(10), V2_FROM, "连城〔2025〕9号", Optional.empty());
        v1.supersede(V2_FROM);
        return List.of(v1, v2);
    }

    private static RecommendationRequest request(LocalDate act, LocalDate decision) {
        return RecommendationRequest.simple(CircumstanceLevel.GENERAL, Set.of(), null, act, decision);
    }

    @Test
    void aLighterVersionMadeForALawChangeApplies() {
        List<DiscretionBenchmark> vs = versions(RevisionReason.LAW_CHANGE, urbWithMax(10_000));
        LexMitior.Outcome o = lexMitior.recommend(vs, "URB-42-6", request(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 15)), List.of());
        assertThat(o.choice().chosen().versionNo()).isEqualTo(2);
        assertThat(o.choice().atViolationId()).isEqualTo(vs.get(0).versionId());
        assertThat(o.choice().atDecisionId()).isEqualTo("v2");
        assertThat(o.recommendation().range()).isEqualTo(range(3_000, 7_000));
        assertThat(o.recommendation().reasons().get(0).code()).isEqualTo("LEX_MITIOR_NEW_VERSION");
    }

    @Test
    void aHeavierNewVersionDoesNotApplyToEarlierActs() {
        List<DiscretionBenchmark> vs = versions(RevisionReason.LAW_CHANGE, urbWithMax(40_000));
        LexMitior.Outcome o = lexMitior.recommend(vs, "URB-42-6", request(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 15)), List.of());
        assertThat(o.choice().chosen().versionNo()).isEqualTo(1);
        assertThat(o.recommendation().range()).isEqualTo(range(6_000, 14_000));
        assertThat(o.choice().atDecisionId()).isEqualTo("v2");
    }

    @Test
    void aVersionNotMadeForALawChangeDoesNotReachBack() {
        List<DiscretionBenchmark> vs = versions(RevisionReason.OTHER, urbWithMax(10_000));
        LexMitior.Outcome o = lexMitior.recommend(vs, "URB-42-6", request(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 15)), List.of());
        assertThat(o.choice().chosen().versionNo()).isEqualTo(1);
        assertThat(o.recommendation().reasons().get(0).code()).isEqualTo("VERSION_AT_ACT");
    }

    @Test
    void actsAfterTheNewVersionUseIt() {
        List<DiscretionBenchmark> vs = versions(RevisionReason.LAW_CHANGE, urbWithMax(40_000));
        LexMitior.Outcome o = lexMitior.recommend(vs, "URB-42-6", request(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 15)), List.of());
        assertThat(o.choice().chosen().versionNo()).isEqualTo(2);
        assertThat(o.choice().atViolationId()).isEqualTo(o.choice().atDecisionId());
        assertThat(o.recommendation().range()).isEqualTo(range(12_000, 28_000));
    }

    @Test
    void anEntryDroppedForALawChangeMeansNoPenalty() {
        List<DiscretionBenchmark> vs = versions(RevisionReason.LAW_CHANGE, Entries.fir6013());
        LexMitior.Outcome o = lexMitior.recommend(vs, "URB-42-6", request(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 15)), List.of());
        assertThat(o.recommendation().tier()).isEqualTo(DiscretionTier.NO_PENALTY);
        assertThat(o.recommendation().noPenaltyMandatory()).isTrue();
    }

    @Test
    void noVersionInForceIsAnError() {
        List<DiscretionBenchmark> vs = versions(RevisionReason.LAW_CHANGE, urbWithMax(10_000));
        assertRule(() -> lexMitior.recommend(vs, "URB-42-6", request(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1)),
                List.of()), "NO_BENCHMARK_IN_FORCE");
        assertRule(() -> lexMitior.recommend(vs, "NOPE", request(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 2)),
                List.of()), "ENTRY_NOT_FOUND");
    }

    @Test
    void actBeforeAnyVersionUsesTheVersionAtDecision() {
        List<DiscretionBenchmark> vs = versions(RevisionReason.LAW_CHANGE, urbWithMax(10_000));
        LexMitior.Outcome o = lexMitior.recommend(vs, "URB-42-6", request(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 2, 1)), List.of());
        assertThat(o.choice().atViolation()).isNull();
        assertThat(o.choice().chosen().versionNo()).isEqualTo(1);
    }
}
