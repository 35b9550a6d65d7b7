package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkEntry;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionBenchmark;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.benchmark.RevisionReason;
import cn.gov.lyg.enforcement.benchmark.law.Citations;
import cn.gov.lyg.enforcement.benchmark.law.RuleException;
import java.util.List;
import java.util.Optional;

/**
 * Version selection by 从旧兼从轻 (行政处罚法 Art. 37, DOMAIN.md §2.2.3): take the version in force on the violation date
 * (V_old) and the one in force on the decision date (V_new); V_new applies only when it was made because of a law change
 * and gives a lighter result (no penalty, or a lower range), or when the entry is gone from V_new because the act is no
 * longer a violation; otherwise V_old. Both versions are recorded.
 */
public final class LexMitior {

    private final RecommendationEngine engine;

    public LexMitior(RecommendationEngine engine) {
        this.engine = engine;
    }

    /** The result of choosing: the recommendation under the chosen version, and the choice itself. */
    public RecommendationEngine engine() {
        return engine;
    }

    public record Outcome(Recommendation recommendation, VersionChoice choice) {
    }

    public Outcome recommend(List<DiscretionBenchmark> versions, String violationCode, RecommendationRequest request,
                             List<RepealedProvision> repealed) {
        Optional<DiscretionBenchmark> old = inForce(versions, request.actDate());
        Optional<DiscretionBenchmark> now = inForce(versions, request.decisionDate());
        if (old.isEmpty() && now.isEmpty()) {
            throw new RuleException("NO_BENCHMARK_IN_FORCE", Citations.ART_34,
                    "no version of the benchmark is in force on " + request.actDate() + " or " + request.decisionDate());
        }
        if (old.isEmpty() || now.isEmpty() || old.get().versionId().equals(now.get().versionId())) {
            DiscretionBenchmark only = now.orElseGet(old::get);
            BenchmarkEntry entry = entryOf(only, violationCode);
            Recommendation r = engine.recommend(only, entry, request, repealed);
            Reason why = new Reason("VERSION_IN_FORCE", Citations.ART_37, "version " + only.versionNo()
                    + (old.isEmpty() ? " (no version in force at the time of the act)" : "")
                    + " in force at the time of the act and of the decision");
            return new Outcome(withReason(r, why), new VersionChoice(old.orElse(null), now.orElse(null), only, why));
        }
        DiscretionBenchmark vOld = old.get();
        DiscretionBenchmark vNew = now.get();
        BenchmarkEntry oldEntry = entryOf(vOld, violationCode);
        Recommendation underOld = engine.recommend(vOld, oldEntry, request, repealed);
        Optional<BenchmarkEntry> newEntry = vNew.entryByViolationCode(violationCode);
        if (vNew.revisionReason() != RevisionReason.LAW_CHANGE) {
            Reason why = new Reason("VERSION_AT_ACT", Citations.ART_37, "version " + vOld.versionNo()
                    + " in force at the time of the act; version " + vNew.versionNo() + " was not made for a law change");
            return new Outcome(withReason(underOld, why), new VersionChoice(vOld, vNew, vOld, why));
        }
        if (newEntry.isEmpty()) {
            Reason why = new Reason("LEX_MITIOR_NO_LONGER_VIOLATION", Citations.ART_37, "version " + vNew.versionNo()
                    + ", made for a law change, no longer lists " + violationCode + ": the act is no longer punished");
            NoPenaltyOption gone = new NoPenaltyOption("NO_LONGER_VIOLATION", true, Citations.ART_37, false,
                    why.detail());
            Recommendation none = new Recommendation(vNew.versionId(), oldEntry.entryId(), violationCode,
                    DiscretionTier.NO_PENALTY, null, underOld.tierBands(), underOld.statutoryRange(), java.util.Set.of(),
                    oldEntry.allowedPenaltyKinds(), java.util.Set.of(), java.util.Set.of(), List.of(gone), false,
                    List.of(why));
            return new Outcome(none, new VersionChoice(vOld, vNew, vNew, why));
        }
        Recommendation underNew = engine.recommend(vNew, newEntry.get(), request, repealed);
        if (lighter(underNew, underOld)) {
            Reason why = new Reason("LEX_MITIOR_NEW_VERSION", Citations.ART_37, "version " + vNew.versionNo()
                    + " (law change) is lighter than version " + vOld.versionNo() + " in force at the time of the act");
            return new Outcome(withReason(underNew, why), new VersionChoice(vOld, vNew, vNew, why));
        }
        Reason why = new Reason("VERSION_AT_ACT", Citations.ART_37, "version " + vOld.versionNo()
                + " in force at the time of the act; version " + vNew.versionNo() + " is not lighter");
        return new Outcome(withReason(underOld, why), new VersionChoice(vOld, vNew, vOld, why));
    }

    /** Whether {@code a} is lighter than {@code b}: no penalty beats any penalty, then the lower range. */
    static boolean lighter(Recommendation a, Recommendation b) {
        boolean aNone = a.tier() == DiscretionTier.NO_PENALTY && a.noPenaltyMandatory();
        boolean bNone = b.tier() == DiscretionTier.NO_PENALTY && b.noPenaltyMandatory();
        if (aNone != bNone) {
            return aNone;
        }
        if (a.range() == null || b.range() == null) {
            return false;
        }
        return a.range().lighterThan(b.range());
    }

    public static Optional<DiscretionBenchmark> inForce(List<DiscretionBenchmark> versions, java.time.LocalDate date) {
        return versions.stream().filter(v -> v.inForceOn(date)).reduce((x, y) -> x.versionNo() >= y.versionNo() ? x : y);
    }

    private static BenchmarkEntry entryOf(DiscretionBenchmark v, String violationCode) {
        return v.entryByViolationCode(violationCode).orElseThrow(() -> new RuleException("ENTRY_NOT_FOUND",
                Citations.ART_34, "version " + v.versionNo() + " has no entry " + violationCode));
    }

    private static Recommendation withReason(Recommendation r, Reason reason) {
        List<Reason> reasons = new java.util.ArrayList<>(r.reasons());
        reasons.add(0, reason);
        return new Recommendation(r.benchmarkVersionId(), r.entryId(), r.violationCode(), r.tier(), r.range(),
                r.tierBands(), r.statutoryRange(), r.mandatoryKinds(), r.allowedKinds(), r.additionalKinds(),
                r.acceptableTiers(), r.noPenaltyOptions(), r.fineOptional(), reasons);
    }
}
