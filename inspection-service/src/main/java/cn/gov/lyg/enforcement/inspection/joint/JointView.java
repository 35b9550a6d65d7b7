package cn.gov.lyg.enforcement.inspection.joint;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint inspection as a participant (or a supervisor) sees it: the combined sections for all, a participant's
 * internal notes only for that participant (other participants' notes are hidden).
 */
public record JointView(String id, String uscc, String regionCode, LocalDate windowStart, String origin,
                        String scenarioCode, String leadAgencyCode, List<ParticipantView> participants,
                        LocalDate plannedDate, JointStatus status, String declinedBy, String declineReason,
                        CombinedReport report, Long version) {

    /** One participant; {@code internalNotes} only for the participant itself. */
    public record ParticipantView(String agencyCode, List<String> inspectionIds, boolean agreed,
                                  String internalNotes) {
    }

    static JointView of(JointInspection j, String viewerAgency) {
        return new JointView(j.getId(), j.getUscc(), j.getRegionCode(), j.getWindowStart(), j.getOrigin(),
                j.getScenarioCode(), j.getLeadAgencyCode(), j.getParticipants().stream()
                .map(p -> new ParticipantView(p.agencyCode(), p.inspectionIds(), p.agreed(),
                        p.agencyCode().equals(viewerAgency) ? p.internalNotes() : null)).toList(),
                j.getPlannedDate(), j.getStatus(), j.getDeclinedBy(), j.getDeclineReason(), j.getReport(),
                j.getVersion());
    }
}
