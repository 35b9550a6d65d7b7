package cn.gov.lyg.enforcement.inspection.inspection;

import cn.gov.lyg.enforcement.inspection.record.Evidence;
import cn.gov.lyg.enforcement.inspection.record.FollowUpAction;
import cn.gov.lyg.enforcement.inspection.record.GeoPoint;
import cn.gov.lyg.enforcement.inspection.team.MemberKind;
import cn.gov.lyg.enforcement.inspection.team.TeamRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request bodies of the inspection endpoints. */
public final class InspectionRequests {

    private InspectionRequests() {
    }

    /** A member as given: {@code kind} defaults to OFFICER, {@code role} is settled by the team rules. */
    public record Member(String personId, MemberKind kind, TeamRole role) {
    }

    /**
     * @param partyIdCardNo a citizen party of the inspection (e.g. the operator of an individual business), by ID
     *                      number, in the body only: the team's recusals from that citizen are asked from personnel
     */
    public record Create(InspectionKind kind, String uscc, List<String> itemIds, Set<String> itemDomains,
                         LocalDate plannedDate, String triggerRef, String spotCheckTaskId, List<Member> team,
                         InspectionMethod method, String recognizedInspectionId, String partyIdCardNo) {
    }

    /** Items added to an open inspection (the same agency merges its inspections of one enterprise). */
    public record Items(List<String> itemIds, Set<String> itemDomains) {
    }

    public record Team(List<Member> members) {
    }

    public record Submission(String deviceId, String deviceRecordId, Instant capturedAt, GeoPoint location,
                             String locationReason, Boolean inspectionCodeScanned, String inspectionCodeReason,
                             List<Evidence> evidence, List<String> resultCodes, List<FollowUpAction> followUpActions,
                             String notes) {
    }
}
