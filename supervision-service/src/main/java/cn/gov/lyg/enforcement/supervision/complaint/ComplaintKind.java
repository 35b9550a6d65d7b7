package cn.gov.lyg.enforcement.supervision.complaint;

/** 投诉 / 举报 / 咨询. */
public enum ComplaintKind {
    COMPLAINT,
    REPORT,
    CONSULTATION
}
