package cn.gov.lyg.enforcement.inspection.draw;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import java.util.EnumMap;
import java.util.Map;

/**
 * Annual per-enterprise inspection cap per agency (DOMAIN.md I5, §5 Q5 [ASM]): default 1 for A-class and 2 otherwise.
 * An entity that has already reached its cap this year leaves the population (§2.3.3 step 1).
 */
public record FrequencyCap(Map<CreditRiskClass, Integer> perClass) {

    public FrequencyCap {
        EnumMap<CreditRiskClass, Integer> copy = new EnumMap<>(CreditRiskClass.class);
        for (CreditRiskClass c : CreditRiskClass.values()) {
            Integer cap = perClass.get(c);
            if (cap == null || cap < 1) {
                throw new IllegalArgumentException("cap for class " + c + " must be at least 1");
            }
            copy.put(c, cap);
        }
        perClass = Map.copyOf(copy);
    }

    public static FrequencyCap defaults() {
        return new FrequencyCap(Map.of(CreditRiskClass.A, 1, CreditRiskClass.B, 2, CreditRiskClass.C, 2,
                CreditRiskClass.D, 2));
    }

    public boolean reached(CreditRiskClass creditClass, int inspectionsThisYear) {
        return inspectionsThisYear >= perClass.get(creditClass);
    }
}
