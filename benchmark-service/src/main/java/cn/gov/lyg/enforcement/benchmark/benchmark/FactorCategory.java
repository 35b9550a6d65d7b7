package cn.gov.lyg.enforcement.benchmark.benchmark;

/** What a circumstance factor does to the tier. */
public enum FactorCategory {
    /** Art. 32 and Art. 30 (14–18): the penalty must be lighter or mitigated; HEAVIER is forbidden. */
    MANDATORY_MITIGATING,
    /** "可以从轻" (Art. 31 limited capacity): lowers the recommended tier by one, not binding. */
    DISCRETIONARY_MITIGATING,
    /** Art. 30 (under 14), Art. 31 (no capacity): no penalty, mandatory. */
    MANDATORY_NO_PENALTY,
    /** Conditions of the Art. 33 exemptions (minor, corrected, no harm, minor harm, no fault). */
    EXEMPTION_CONDITION,
    /** 从重 factors: raise the tier by one (never above HEAVIER, never against Art. 32). */
    AGGRAVATING,
    /** A factor an entry defines for its own tier conditions or Model C weights. */
    ENTRY_SPECIFIC
}
