package cn.gov.lyg.enforcement.personnel.officer;

import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.identifier.ValidCitizenId;
import cn.gov.lyg.enforcement.platform.identifier.ValidUscc;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registration of an enforcement officer (DOMAIN.md §2.1.1). The citizen ID number is validated (GB 11643) and never
 * stored in clear. {@code username} is the officer's login (Keycloak {@code preferred_username}), which lets an
 * officer read their own record.
 */
public record OfficerRequest(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @ValidCitizenId String idCardNo,
        Gender gender,
        @NotBlank @ValidUscc String agencyCode,
        @NotNull StaffType staffType,
        @Size(max = 100) String post,
        @NotNull Education education,
        Boolean legalProfessionQualified,
        Boolean legalReviewer,
        Boolean legalBackground,
        @Pattern(regexp = "^1[3-9]\\d{9}$", message = "MOBILE_FORMAT") String mobile,
        @Size(max = 100) String username) {

    public OfficerRequest {
        name = name == null ? null : name.strip();
        idCardNo = idCardNo == null ? null : CitizenIdNumber.normalise(idCardNo);
        agencyCode = agencyCode == null ? null : UnifiedSocialCreditCode.normalise(agencyCode);
        legalProfessionQualified = Boolean.TRUE.equals(legalProfessionQualified);
        legalReviewer = Boolean.TRUE.equals(legalReviewer);
        legalBackground = Boolean.TRUE.equals(legalBackground);
        username = username == null || username.isBlank() ? null : username.strip();
    }

    /** The changeable personal and post data (the ID number and agency change only through their own actions). */
    public OfficerProfile profile() {
        return new OfficerProfile(name, gender, staffType, post, education, legalProfessionQualified, legalReviewer,
                legalBackground, mobile, username);
    }
}
