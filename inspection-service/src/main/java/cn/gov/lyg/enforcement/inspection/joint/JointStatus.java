package cn.gov.lyg.enforcement.inspection.joint;

/**
 * State of a joint inspection: PROPOSED (merge proposal, waiting for every participant) → AGREED (all participants
 * agreed) → SCHEDULED (the lead fixed the visit day) → REPORTED (one combined report); DECLINED when a participant
 * refused the proposal with a reason (its inspections stay separate; the repeated inspection remains visible to
 * supervision).
 */
public enum JointStatus {
    PROPOSED, AGREED, SCHEDULED, REPORTED, DECLINED
}
