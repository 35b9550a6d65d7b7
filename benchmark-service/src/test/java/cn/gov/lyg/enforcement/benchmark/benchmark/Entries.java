package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.law.LawRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The sample entries of DOMAIN.md §3.4 and benchmark builders for tests. */
public final class Entries {

    public static final String AGENCY = "11320706300200020C";

    private Entries() {
    }

    public static BenchmarkEntry entry(String code, String law, String article, FineFormula formula,
                                       Set<PenaltyKind> allowed, Set<PenaltyKind> mandatory, List<TierRule> tiers) {
        return new BenchmarkEntry("e-" + code, code, "违法行为 " + code, "00000000-0000-0000-0000-000000000001",
                List.of(LawRef.of(law, article)), List.of(LawRef.of(law, article)), allowed, mandatory, formula, tiers,
                null, List.of(), List.of(), false, null, List.of());
    }

    /** 消防法 60 §1(3): FIXED_RANGE 5 000–50 000; GRAVE (人员密集场所营业期间) adds 责令停产停业. */
    public static BenchmarkEntry fir6013() {
        return new BenchmarkEntry("e-FIR", "FIR-60-1-3", "单位占用、堵塞、封闭疏散通道、安全出口", "00000000-0000-0000-0000-000000000060",
                List.of(new LawRef("中华人民共和国消防法", null, "60", "1", "3")),
                List.of(new LawRef("中华人民共和国消防法", null, "60", "1", null)),
                Set.of(PenaltyKind.FINE, PenaltyKind.ORDER_SUSPEND_PRODUCTION), Set.of(PenaltyKind.FINE),
                FineFormula.fixedRange(5_000, 50_000),
                List.of(new TierRule(DiscretionTier.HEAVIER, CircumstanceLevel.GRAVE, "人员密集场所营业期间",
                        List.of("CROWDED_PLACE_BUSINESS_HOURS"), null, null, null, null,
                        Set.of(PenaltyKind.ORDER_SUSPEND_PRODUCTION))),
                null, List.of(new ExemptionRef("连云港市消防救援轻微违法行为免罚清单", "3",
                        List.of("BLOCKED_UNDER_30_MIN", "PROMPTLY_CORRECTED"))),
                List.of(new EntryFactor("CROWDED_PLACE_BUSINESS_HOURS", "人员密集场所营业期间", null),
                        new EntryFactor("BLOCKED_UNDER_30_MIN", "堵塞不足30分钟且立即清除", null)),
                false, null, List.of());
    }

    public static BenchmarkEntry eco992() {
        return entry("ECO-99-2", "中华人民共和国大气污染防治法", "99", FineFormula.fixedRange(100_000, 1_000_000),
                Set.of(PenaltyKind.FINE, PenaltyKind.RESTRICT_BUSINESS, PenaltyKind.ORDER_SUSPEND_PRODUCTION,
                        PenaltyKind.ORDER_CLOSURE), Set.of(PenaltyKind.FINE), List.of());
    }

    public static BenchmarkEntry eco1081() {
        return entry("ECO-108-1", "中华人民共和国大气污染防治法", "108", FineFormula.fixedRange(20_000, 200_000),
                Set.of(PenaltyKind.FINE, PenaltyKind.ORDER_SUSPEND_PRODUCTION), Set.of(PenaltyKind.FINE), List.of());
    }

    /** 食品安全法 125 §1(2): V < 10 000 → 5 000–50 000; V ≥ 10 000 → 5–10 × V; confiscation mandatory. */
    public static BenchmarkEntry mkt12512() {
        FineFormula f = FineFormula.branched(BaseKind.GOODS_VALUE, List.of(
                new FineBranch(BigDecimal.ZERO, FineFormula.fixedRange(5_000, 50_000)),
                new FineBranch(BigDecimal.valueOf(10_000), FineFormula.multipleOfBase(BaseKind.GOODS_VALUE, "5", "10"))));
        return entry("MKT-125-1-2", "中华人民共和国食品安全法", "125", f,
                Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS, PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY,
                        PenaltyKind.WARNING, PenaltyKind.REVOKE_LICENCE),
                Set.of(PenaltyKind.CONFISCATE_ILLEGAL_GAINS, PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY), List.of());
    }

    /** 城市道路管理条例 42(6): MAX_ONLY ≤ 20 000, fine optional. */
    public static BenchmarkEntry urb426() {
        return entry("URB-42-6", "城市道路管理条例", "42", FineFormula.maxOnly(20_000).optional(),
                Set.of(PenaltyKind.FINE), Set.of(), List.of());
    }

    public static BenchmarkEntry emg973() {
        return entry("EMG-97-3", "中华人民共和国安全生产法", "97", FineFormula.maxOnly(100_000),
                Set.of(PenaltyKind.FINE, PenaltyKind.ORDER_SUSPEND_PRODUCTION), Set.of(), List.of());
    }

    public static DiscretionBenchmark draft(BenchmarkLevel level, String parentId, ComputationModel model,
                                            BenchmarkEntry... entries) {
        DiscretionBenchmark b = DiscretionBenchmark.draft("v-" + level + "-" + model, "b-" + level, "基准 " + level, AGENCY,
                "320706", level, parentId, "FIRE", "连消〔2025〕1号", model);
        for (BenchmarkEntry e : entries) {
            b.addEntry(e);
        }
        return b;
    }

    /** A benchmark taken through the whole workflow, in force from {@code from}. */
    public static DiscretionBenchmark published(BenchmarkLevel level, String parentId, ComputationModel model,
                                                LocalDate from, BenchmarkEntry... entries) {
        DiscretionBenchmark b = draft(level, parentId, model, entries);
        approve(b, from);
        b.publish(from.minusDays(10), from, null, java.util.Optional.empty());
        return b;
    }

    public static void approve(DiscretionBenchmark b, LocalDate from) {
        b.submitForLegalReview();
        b.approve(new DiscretionBenchmark.LegalReview("reviewer-1", from.minusDays(30), "合法"),
                new DiscretionBenchmark.Deliberation(from.minusDays(20), "2025年第3次局务会议纪要"));
    }

    public static AmountRange range(long min, long max) {
        return AmountRange.of(min, max);
    }
}
