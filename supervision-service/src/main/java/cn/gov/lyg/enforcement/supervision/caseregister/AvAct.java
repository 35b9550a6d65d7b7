package cn.gov.lyg.enforcement.supervision.caseregister;

/** An on-site act of the case (查封, 扣押, 强制拆除 …) and whether it was recorded on audio-video. */
public record AvAct(String act, boolean avRecorded) {
}
