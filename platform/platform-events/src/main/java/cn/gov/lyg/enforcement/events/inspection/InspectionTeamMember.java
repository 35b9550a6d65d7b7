package cn.gov.lyg.enforcement.events.inspection;

/** A team member in inspection events: kind OFFICER or AUXILIARY, role LEAD, INSPECTOR or ASSISTANT. */
public record InspectionTeamMember(String personId, String kind, String role) {
}
