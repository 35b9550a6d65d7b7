package cn.gov.lyg.enforcement.personnel.officer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An officer as the API shows it: the citizen ID number and the mobile number are always masked here (first 6 +
 * last 4; first 3 + last 4). The full ID number is only served by {@code GET /officers/{id}/identity}, to the owning
 * agency's admin, and every such read is audited.
 */
public record OfficerView(
        String id,
        String name,
        Gender gender,
        String idCardNo,
        String agencyCode,
        String regionCode,
        StaffType staffType,
        String staffTypeName,
        String post,
        Education education,
        EmploymentStatus employmentStatus,
        String employmentStatusName,
        LocalDate employmentStatusSince,
        List<String> allowedActions,
        boolean legalProfessionQualified,
        boolean legalReviewer,
        boolean legalBackground,
        String mobile,
        String username,
        List<Officer.TransferRecord> transfers,
        Long version,
        Instant createdAt,
        Instant modifiedAt) {

    public static OfficerView of(Officer o) {
        return new OfficerView(o.getId(), o.getName(), o.getGender(), o.getIdCardMasked(), o.getAgencyCode(),
                o.getRegionCode(), o.getStaffType(), o.getStaffType().displayName(), o.getPost(), o.getEducation(),
                o.getEmploymentStatus(), o.getEmploymentStatus().displayName(), o.getEmploymentStatusSince(),
                o.getEmploymentStatus().allowedActions(), o.isLegalProfessionQualified(), o.isLegalReviewer(),
                o.isLegalBackground(),
                maskMobile(o.getMobile()), o.getUsername(), o.getTransfers(), o.getVersion(), o.getCreatedAt(),
                o.getModifiedAt());
    }

    static String maskMobile(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return mobile == null ? null : "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
    }

    /** The full identity (audited read). */
    public record Identity(String officerId, String name, String idCardNo, String mobile) {
    }
}
