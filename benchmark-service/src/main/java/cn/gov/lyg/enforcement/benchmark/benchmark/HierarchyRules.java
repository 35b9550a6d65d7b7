package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.benchmark.law.Citations;
import cn.gov.lyg.enforcement.benchmark.law.RuleBreach;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A lower-level benchmark may narrow its parent's tier bands, never widen them (国办发〔2022〕27号): for each entry with a
 * counterpart in the parent (same {@link BenchmarkEntry#parentCode()}), the statutory range and every tier band the
 * parent defines must contain the child's. Base-dependent formulas are compared at every branch start of both
 * formulas, just below it, and at probe amounts across the usual orders of magnitude (bands are linear in the base
 * between branch starts, so agreement at these points means agreement everywhere that matters in practice).
 */
public final class HierarchyRules {

    private static final List<BigDecimal> PROBES = List.of(new BigDecimal("0.01"), BigDecimal.ONE,
            BigDecimal.valueOf(1_000), BigDecimal.valueOf(9_999), BigDecimal.valueOf(10_000), BigDecimal.valueOf(50_000),
            BigDecimal.valueOf(100_000), BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(10_000_000));

    private HierarchyRules() {
    }

    public static List<RuleBreach> check(DiscretionBenchmark child, DiscretionBenchmark parent) {
        List<RuleBreach> breaches = new ArrayList<>();
        for (BenchmarkEntry entry : child.entries()) {
            Optional<BenchmarkEntry> counterpart = parent.entryByViolationCode(entry.parentCode());
            if (counterpart.isEmpty()) {
                continue;
            }
            BenchmarkEntry upper = counterpart.get();
            if (!upper.allowedPenaltyKinds().containsAll(entry.allowedPenaltyKinds())) {
                breaches.add(new RuleBreach("EXCEEDS_PARENT_TIER", Citations.GUIDANCE_HIERARCHY,
                        entry.violationCode() + ": allows penalty kinds the parent entry does not"));
            }
            if (!entry.mandatoryPenaltyKinds().containsAll(upper.mandatoryPenaltyKinds())) {
                breaches.add(new RuleBreach("EXCEEDS_PARENT_TIER", Citations.GUIDANCE_HIERARCHY,
                        entry.violationCode() + ": drops a penalty kind the parent entry makes mandatory"));
            }
            if (entry.fineFormula() == null || upper.fineFormula() == null) {
                continue;
            }
            for (BigDecimal base : probes(entry.fineFormula(), upper.fineFormula())) {
                TierBands mine = TierBands.of(entry, child.model(), base);
                TierBands theirs = TierBands.of(upper, parent.model(), base);
                String at = base == null ? "" : " (base amount " + base.toPlainString() + ")";
                if (!mine.statutory().within(theirs.statutory())) {
                    breaches.add(new RuleBreach("EXCEEDS_PARENT_TIER", Citations.GUIDANCE_HIERARCHY,
                            entry.violationCode() + ": fine range " + show(mine.statutory()) + " leaves the parent's "
                                    + show(theirs.statutory()) + at));
                    break;
                }
                boolean broke = false;
                for (Map.Entry<DiscretionTier, AmountRange> band : mine.all().entrySet()) {
                    Optional<AmountRange> outer = theirs.band(band.getKey());
                    if (outer.isPresent() && !band.getValue().within(outer.get())) {
                        breaches.add(new RuleBreach("EXCEEDS_PARENT_TIER", Citations.GUIDANCE_HIERARCHY,
                                entry.violationCode() + ": " + band.getKey() + " band " + show(band.getValue())
                                        + " leaves the parent's " + show(outer.get()) + at));
                        broke = true;
                    }
                }
                if (broke) {
                    break;
                }
            }
        }
        return breaches;
    }

    private static List<BigDecimal> probes(FineFormula a, FineFormula b) {
        if (!a.needsBase() && !b.needsBase()) {
            return java.util.Collections.singletonList(null);
        }
        TreeSet<BigDecimal> points = new TreeSet<>(PROBES);
        for (BigDecimal p : a.breakpoints()) {
            addAround(points, p);
        }
        for (BigDecimal p : b.breakpoints()) {
            addAround(points, p);
        }
        return List.copyOf(points);
    }

    private static void addAround(TreeSet<BigDecimal> points, BigDecimal p) {
        points.add(p);
        if (p.compareTo(new BigDecimal("0.01")) > 0) {
            points.add(p.subtract(new BigDecimal("0.01")));
        }
        points.add(p.multiply(BigDecimal.TEN));
    }

    private static String show(AmountRange r) {
        return r.min().toPlainString() + "–" + r.max().toPlainString();
    }
}
