package cn.gov.lyg.enforcement.supervision.guidance;

/** 指导性案例 (GUIDANCE: a model to follow) or 典型案例 (TYPICAL: a positive or negative example). */
public enum GuidanceKind {
    GUIDANCE, TYPICAL
}
