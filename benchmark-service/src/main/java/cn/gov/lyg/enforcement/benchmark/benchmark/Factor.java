package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.benchmark.law.Citation;
import cn.gov.lyg.enforcement.benchmark.law.Citations;
import java.util.Optional;

/** The circumstance factors every benchmark understands, with the provision each rests on. */
public enum Factor {
    ART32_ELIMINATED_HARM(FactorCategory.MANDATORY_MITIGATING, Citations.ART_32, "主动消除或者减轻违法行为危害后果"),
    ART32_COERCED(FactorCategory.MANDATORY_MITIGATING, Citations.ART_32, "受他人胁迫或者诱骗实施违法行为"),
    ART32_CONFESSED(FactorCategory.MANDATORY_MITIGATING, Citations.ART_32, "主动供述行政机关尚未掌握的违法行为"),
    ART32_MERITORIOUS(FactorCategory.MANDATORY_MITIGATING, Citations.ART_32, "配合行政机关查处违法行为有立功表现"),
    ART32_OTHER_STATUTORY(FactorCategory.MANDATORY_MITIGATING, Citations.ART_32, "法律、法规、规章规定其他应当从轻或者减轻的"),
    AGE_14_TO_18(FactorCategory.MANDATORY_MITIGATING, Citations.ART_30, "已满十四周岁不满十八周岁"),
    AGE_UNDER_14(FactorCategory.MANDATORY_NO_PENALTY, Citations.ART_30, "不满十四周岁"),
    MENTAL_NO_CAPACITY(FactorCategory.MANDATORY_NO_PENALTY, Citations.ART_31, "不能辨认或者不能控制自己行为时有违法行为"),
    MENTAL_LIMITED_CAPACITY(FactorCategory.DISCRETIONARY_MITIGATING, Citations.ART_31, "尚未完全丧失辨认或者控制自己行为能力"),
    MINOR_VIOLATION(FactorCategory.EXEMPTION_CONDITION, Citations.ART_33_1_MINOR, "违法行为轻微"),
    PROMPTLY_CORRECTED(FactorCategory.EXEMPTION_CONDITION, Citations.ART_33_1_MINOR, "及时改正"),
    NO_HARMFUL_CONSEQUENCE(FactorCategory.EXEMPTION_CONDITION, Citations.ART_33_1_MINOR, "没有造成危害后果"),
    MINOR_HARM(FactorCategory.EXEMPTION_CONDITION, Citations.ART_33_1_FIRST, "危害后果轻微"),
    NO_FAULT_PROVEN(FactorCategory.EXEMPTION_CONDITION, Citations.ART_33_2_NO_FAULT, "当事人有证据足以证明没有主观过错"),
    RECIDIVISM_WITHIN_1Y(FactorCategory.AGGRAVATING, Citations.CIRCUMSTANCE_MAPPING, "一年内因同一违法行为受过处罚"),
    OBSTRUCTION(FactorCategory.AGGRAVATING, Citations.CIRCUMSTANCE_MAPPING, "阻碍、抗拒执法"),
    DURING_EMERGENCY(FactorCategory.AGGRAVATING, Citations.ART_49, "突发事件应对期间违反应对措施"),
    REFUSED_CORRECTION(FactorCategory.AGGRAVATING, Citations.CIRCUMSTANCE_MAPPING, "拒不改正"),
    DESTROYED_EVIDENCE(FactorCategory.AGGRAVATING, Citations.CIRCUMSTANCE_MAPPING, "伪造、隐匿、毁灭证据"),
    SERIOUS_HARM(FactorCategory.AGGRAVATING, Citations.CIRCUMSTANCE_MAPPING, "造成严重危害后果");

    private final FactorCategory category;
    private final Citation citation;
    private final String nameZh;

    Factor(FactorCategory category, Citation citation, String nameZh) {
        this.category = category;
        this.citation = citation;
        this.nameZh = nameZh;
    }

    public FactorCategory category() {
        return category;
    }

    public Citation citation() {
        return citation;
    }

    public String nameZh() {
        return nameZh;
    }

    public static Optional<Factor> byCode(String code) {
        for (Factor f : values()) {
            if (f.name().equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
