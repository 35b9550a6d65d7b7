package cn.gov.lyg.enforcement.inspection.inspection;

import cn.gov.lyg.enforcement.inspection.team.MemberProblem;
import cn.gov.lyg.enforcement.inspection.team.TeamMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An inspection as the API shows it (the entity's credit class is not part of it; a citizen party's ID number only
 * masked).
 */
public record InspectionView(String id, String inspectionNo, String agencyCode, InspectionKind kind,
                             String triggerRef, String spotCheckTaskId, String uscc, String entityRegion,
                             List<String> itemIds, Set<String> itemDomains, LocalDate plannedDate,
                             List<TeamMember> team, boolean teamInvalid, List<MemberProblem> teamProblems,
                             InspectionStatus status, Instant startedAt, List<OnSiteRecord> records,
                             Instant confirmedAt, LocalDate publicityDue, Instant publicizedAt,
                             boolean publicizedLate, InspectionMethod method, String recognizedInspectionId,
                             String jointInspectionId, String citizenParty, Long version) {

    static InspectionView of(Inspection i) {
        return new InspectionView(i.getId(), i.getInspectionNo(), i.getAgencyCode(), i.getKind(), i.getTriggerRef(),
                i.getSpotCheckTaskId(), i.getUscc(), i.getEntityRegion(), i.getItemIds(), i.getItemDomains(),
                i.getPlannedDate(), i.getTeam(), i.isTeamInvalid(), i.getTeamProblems(), i.getStatus(),
                i.getStartedAt(), i.getRecords(), i.getConfirmedAt(), i.getPublicityDue(), i.getPublicizedAt(),
                i.isPublicizedLate(), i.getMethod(), i.getRecognizedInspectionId(), i.getJointInspectionId(),
                i.getCitizenPartyMasked(), i.getVersion());
    }
}
