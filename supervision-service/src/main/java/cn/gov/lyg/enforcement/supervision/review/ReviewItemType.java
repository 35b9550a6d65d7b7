package cn.gov.lyg.enforcement.supervision.review;

/** 评查项类型: a veto item (否决项, basic standard) or a deduction item of the 100-point part. */
public enum ReviewItemType {
    VETO, DEDUCTION
}
