package cn.gov.lyg.enforcement.inspection.draw;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sampling per credit class (DOMAIN.md §2.3.3, §5 Q4 [ASM]). {@link #fromBaseRatio} applies the default multipliers
 * A 0.4×, B 1×, C 2×, D 4× of the task's base ratio (capped at 100 %); a task can also set every class itself.
 * Credit classification never exempts an entity from spot checks: every class keeps a ratio (possibly small).
 */
public record RatioConfig(Map<CreditRiskClass, ClassRatio> perClass) {

    public static final Map<CreditRiskClass, BigDecimal> DEFAULT_MULTIPLIERS = Map.of(
            CreditRiskClass.A, new BigDecimal("0.4"), CreditRiskClass.B, BigDecimal.ONE,
            CreditRiskClass.C, new BigDecimal("2"), CreditRiskClass.D, new BigDecimal("4"));

    public RatioConfig {
        EnumMap<CreditRiskClass, ClassRatio> copy = new EnumMap<>(CreditRiskClass.class);
        for (CreditRiskClass c : CreditRiskClass.values()) {
            ClassRatio r = perClass.get(c);
            if (r == null) {
                throw new IllegalArgumentException("no ratio for credit class " + c);
            }
            copy.put(c, r);
        }
        perClass = Map.copyOf(copy);
    }

    public static RatioConfig fromBaseRatio(BigDecimal base) {
        return fromBaseRatio(base, Map.of());
    }

    /** Default multipliers on {@code base}, with per-class minimum counts. */
    public static RatioConfig fromBaseRatio(BigDecimal base, Map<CreditRiskClass, Integer> minimums) {
        if (base.signum() <= 0 || base.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("base ratio must be above 0 and at most 1");
        }
        EnumMap<CreditRiskClass, ClassRatio> map = new EnumMap<>(CreditRiskClass.class);
        for (CreditRiskClass c : CreditRiskClass.values()) {
            BigDecimal r = base.multiply(DEFAULT_MULTIPLIERS.get(c)).min(BigDecimal.ONE);
            map.put(c, new ClassRatio(r, minimums.getOrDefault(c, 0)));
        }
        return new RatioConfig(map);
    }

    public ClassRatio of(CreditRiskClass c) {
        return perClass.get(c);
    }

    public int sampleSize(CreditRiskClass c, int stratumSize) {
        return perClass.get(c).sampleSize(stratumSize);
    }
}
