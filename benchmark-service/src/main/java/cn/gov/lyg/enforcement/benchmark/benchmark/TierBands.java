package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.benchmark.law.Citation;
import cn.gov.lyg.enforcement.benchmark.law.Citations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fine band of each tier for one entry, model and base amount (DOMAIN.md §2.2.3).
 *
 * <ul>
 *   <li>Model A (and C, whose bands classify its point): LIGHTER = lowest 30 %, STANDARD = middle 40 %, HEAVIER =
 *   highest 30 % of [min, max]; for MAX_ONLY min = 0.</li>
 *   <li>Model B: MAX_ONLY → LIGHTER 0–20 %, STANDARD 40–60 %, HEAVIER 60–100 % of max; ranges with min &gt; 0 are cut into
 *   three equal tiers, or — where max/min ≥ 4 — into three tiers of equal ratio (by multiples, [ASM]).</li>
 *   <li>MITIGATED (减轻) = [0, statutory min], only where the law sets a minimum.</li>
 *   <li>FIXED_AMOUNT: every tier is the amount itself.</li>
 *   <li>Bands an entry's tier table gives explicitly replace the model's.</li>
 * </ul>
 */
public final class TierBands {

    static final BigDecimal P20 = new BigDecimal("0.2");
    static final BigDecimal P30 = new BigDecimal("0.3");
    static final BigDecimal P40 = new BigDecimal("0.4");
    static final BigDecimal P60 = new BigDecimal("0.6");
    static final BigDecimal P70 = new BigDecimal("0.7");
    private static final BigDecimal THIRD = BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
    private static final BigDecimal TWO_THIRDS = BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private final FineFormula.Resolved resolved;
    private final ComputationModel model;
    private final Map<DiscretionTier, AmountRange> bands;

    private TierBands(FineFormula.Resolved resolved, ComputationModel model, Map<DiscretionTier, AmountRange> bands) {
        this.resolved = resolved;
        this.model = model;
        this.bands = Collections.unmodifiableMap(bands);
    }

    public static TierBands of(BenchmarkEntry entry, ComputationModel model, BigDecimal base) {
        if (entry.fineFormula() == null) {
            throw new IllegalArgumentException("entry " + entry.violationCode() + " has no fine");
        }
        FineFormula.Resolved r = entry.fineFormula().resolve(base);
        Map<DiscretionTier, AmountRange> bands = new EnumMap<>(DiscretionTier.class);
        AmountRange s = r.statutory();
        if (r.kind() == FormulaKind.FIXED_AMOUNT) {
            bands.put(DiscretionTier.LIGHTER, s);
            bands.put(DiscretionTier.STANDARD, s);
            bands.put(DiscretionTier.HEAVIER, s);
        } else if (model == ComputationModel.B) {
            modelB(r, bands);
        } else {
            bands.put(DiscretionTier.LIGHTER, s.slice(BigDecimal.ZERO, P30));
            bands.put(DiscretionTier.STANDARD, s.slice(P30, P70));
            bands.put(DiscretionTier.HEAVIER, s.slice(P70, BigDecimal.ONE));
        }
        if (r.hasStatutoryMinimum()) {
            bands.put(DiscretionTier.MITIGATED, new AmountRange(BigDecimal.ZERO, s.min()));
        }
        for (TierRule t : entry.tiers()) {
            if (!t.hasBand()) {
                continue;
            }
            AmountRange explicit = t.bandFrom() != null
                    ? s.slice(t.bandFrom(), t.bandTo())
                    : new AmountRange(t.amountFrom().multiply(r.scale()), t.amountTo().multiply(r.scale()));
            bands.put(t.tier(), explicit);
        }
        return new TierBands(r, model, bands);
    }

    private static void modelB(FineFormula.Resolved r, Map<DiscretionTier, AmountRange> bands) {
        AmountRange s = r.statutory();
        if (s.min().signum() == 0) {
            bands.put(DiscretionTier.LIGHTER, s.slice(BigDecimal.ZERO, P20));
            bands.put(DiscretionTier.STANDARD, s.slice(P40, P60));
            bands.put(DiscretionTier.HEAVIER, s.slice(P60, BigDecimal.ONE));
            return;
        }
        BigDecimal ratio = s.max().divide(s.min(), MathContext.DECIMAL64);
        if (ratio.compareTo(FOUR) >= 0) {
            double k = Math.cbrt(ratio.doubleValue());
            BigDecimal b1 = s.min().multiply(BigDecimal.valueOf(k)).setScale(2, RoundingMode.HALF_UP);
            BigDecimal b2 = s.min().multiply(BigDecimal.valueOf(k * k)).setScale(2, RoundingMode.HALF_UP);
            bands.put(DiscretionTier.LIGHTER, new AmountRange(s.min(), b1));
            bands.put(DiscretionTier.STANDARD, new AmountRange(b1, b2));
            bands.put(DiscretionTier.HEAVIER, new AmountRange(b2, s.max()));
        } else {
            bands.put(DiscretionTier.LIGHTER, s.slice(BigDecimal.ZERO, THIRD));
            bands.put(DiscretionTier.STANDARD, s.slice(THIRD, TWO_THIRDS));
            bands.put(DiscretionTier.HEAVIER, s.slice(TWO_THIRDS, BigDecimal.ONE));
        }
    }

    public Optional<AmountRange> band(DiscretionTier tier) {
        return Optional.ofNullable(bands.get(tier));
    }

    public Map<DiscretionTier, AmountRange> all() {
        return bands;
    }

    public AmountRange statutory() {
        return resolved.statutory();
    }

    public FineFormula.Resolved resolved() {
        return resolved;
    }

    public ComputationModel model() {
        return model;
    }

    /** The tier whose band holds a fraction of the statutory range (Model C's point). */
    public DiscretionTier tierOf(BigDecimal amount) {
        for (DiscretionTier t : new DiscretionTier[] {DiscretionTier.LIGHTER, DiscretionTier.STANDARD, DiscretionTier.HEAVIER}) {
            AmountRange b = bands.get(t);
            if (b != null && amount.compareTo(b.max()) <= 0 && amount.compareTo(b.min()) >= 0) {
                return t;
            }
        }
        if (amount.compareTo(resolved.statutory().min()) < 0) {
            return DiscretionTier.MITIGATED;
        }
        return amount.compareTo(bands.get(DiscretionTier.STANDARD).max()) > 0 ? DiscretionTier.HEAVIER : DiscretionTier.STANDARD;
    }

    public Citation citation() {
        return switch (model) {
            case A -> Citations.MODEL_A;
            case B -> Citations.MODEL_B;
            case C -> Citations.MODEL_C;
        };
    }
}
