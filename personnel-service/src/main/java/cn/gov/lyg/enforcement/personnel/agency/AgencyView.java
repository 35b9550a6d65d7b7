package cn.gov.lyg.enforcement.personnel.agency;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The API representation of an agency; enum codes come with their Chinese display names. */
public record AgencyView(
        String id,
        String uscc,
        String name,
        AgencyKind agencyKind,
        String agencyKindName,
        AdminLevel adminLevel,
        String adminLevelName,
        String regionCode,
        String townshipCode,
        boolean judicialOffice,
        String parentAgencyCode,
        String supervisingJusticeBureauCode,
        List<EnforcementDomain> domains,
        String entrustingAgencyCode,
        boolean inspectionSubjectConfirmed,
        LocalDate inspectionSubjectConfirmedOn,
        boolean verticallyManaged,
        boolean centralizedPenaltyPower,
        AgencyStatus status,
        String statusName,
        List<String> allowedActions,
        String successorAgencyCode,
        LocalDate statusChangedOn,
        Long version,
        Instant createdAt,
        Instant modifiedAt) {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.getId(), a.getUscc(), a.getName(), a.getAgencyKind(), a.getAgencyKind().displayName(),
                a.getAdminLevel(), a.getAdminLevel().displayName(), a.getRegionCode(), a.getTownshipCode(),
                a.isJudicialOffice(),
                a.getParentAgencyCode(), a.getSupervisingJusticeBureauCode(),
                a.getDomains().stream().sorted().toList(), a.getEntrustingAgencyCode(),
                a.isInspectionSubjectConfirmed(), a.getInspectionSubjectConfirmedOn(), a.isVerticallyManaged(),
                a.isCentralizedPenaltyPower(), a.getStatus(), a.getStatus().displayName(),
                a.getStatus().allowedActions(), a.getSuccessorAgencyCode(), a.getStatusChangedOn(), a.getVersion(),
                a.getCreatedAt(), a.getModifiedAt());
    }
}
