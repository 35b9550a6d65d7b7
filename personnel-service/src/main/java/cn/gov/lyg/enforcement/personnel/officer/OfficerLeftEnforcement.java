package cn.gov.lyg.enforcement.personnel.officer;

/**
 * Published inside personnel-service (a Spring application event, synchronous) when an officer stops being an
 * enforcement officer of their agency: transferred to another agency, moved to a non-enforcement post, or left the
 * service. Features that keep something per officer react with a listener (the certificate feature withdraws the
 * officer's certificates), so the officer feature does not call them back.
 *
 * @param officer the officer as saved
 * @param reason  TRANSFERRED, NOT_ON_ENFORCEMENT_POST or LEFT_SERVICE_&lt;status&gt;
 * @param actor   who made the change (audit name)
 */
public record OfficerLeftEnforcement(Officer officer, String reason, String actor) {
}
