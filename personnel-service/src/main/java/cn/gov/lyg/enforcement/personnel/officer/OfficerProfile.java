package cn.gov.lyg.enforcement.personnel.officer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What {@code PUT /officers/{id}} changes: personal and post data. {@code legalBackground}: a law degree or law major
 * 法律专业背景 (counts, like 法律职业资格, for the staffing of a judicial office 司法所).
 */
public record OfficerProfile(
        @NotBlank @Size(max = 50) String name,
        Gender gender,
        @NotNull StaffType staffType,
        @Size(max = 100) String post,
        @NotNull Education education,
        Boolean legalProfessionQualified,
        Boolean legalReviewer,
        Boolean legalBackground,
        @Pattern(regexp = "^1[3-9]\\d{9}$", message = "MOBILE_FORMAT") String mobile,
        @Size(max = 100) String username) {

    public OfficerProfile {
        name = name == null ? null : name.strip();
        legalProfessionQualified = Boolean.TRUE.equals(legalProfessionQualified);
        legalReviewer = Boolean.TRUE.equals(legalReviewer);
        legalBackground = Boolean.TRUE.equals(legalBackground);
        username = username == null || username.isBlank() ? null : username.strip();
    }
}
