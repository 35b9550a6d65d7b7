package cn.gov.lyg.enforcement.inspection.draw;

/** Why a directory entry inside the task scope is not in the population. */
public enum ExclusionReason {
    /** 注销, 吊销 or 迁出 (DOMAIN.md §2.3.3 step 1). */
    NOT_OPERATING,
    /** The annual per-enterprise cap of the agency is already reached (I5). */
    FREQUENCY_CAP_REACHED
}
