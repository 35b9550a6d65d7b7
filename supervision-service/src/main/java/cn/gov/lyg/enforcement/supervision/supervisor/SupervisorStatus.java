package cn.gov.lyg.enforcement.supervision.supervisor;

/** CANDIDATE → APPOINTED ⇄ SUSPENDED → DISMISSED; EXPIRED once the term has ended (as of a day). */
public enum SupervisorStatus {
    CANDIDATE, APPOINTED, SUSPENDED, DISMISSED, EXPIRED
}
