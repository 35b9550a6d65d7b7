package cn.gov.lyg.enforcement.personnel.agency;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.identifier.ValidUscc;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * The editable content of an enforcement agency (DOMAIN.md §2.1.1). Agencies reference each other by unified social
 * credit code, the identifier tokens carry in {@code agencyCode}. Field checks are annotations; cross-field and
 * reference rules are in {@link AgencyRules}. {@code supervisingJusticeBureauCode} may be left out: the county
 * judicial bureau of the agency's region, else the city bureau, is taken.
 */
public record AgencyRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @ValidUscc String uscc,
        @NotNull AgencyKind agencyKind,
        @NotNull AdminLevel adminLevel,
        @NotBlank String regionCode,
        @Pattern(regexp = "^\\d{9}$", message = "TOWNSHIP_CODE_FORMAT") String townshipCode,
        @ValidUscc String parentAgencyCode,
        @ValidUscc String supervisingJusticeBureauCode,
        @Size(max = 16) Set<@NotNull EnforcementDomain> domains,
        @ValidUscc String entrustingAgencyCode,
        Boolean inspectionSubjectConfirmed,
        LocalDate inspectionSubjectConfirmedOn,
        Boolean verticallyManaged,
        Boolean centralizedPenaltyPower) {

    public AgencyRequest {
        name = name == null ? null : name.strip();
        uscc = uscc == null ? null : UnifiedSocialCreditCode.normalise(uscc);
        regionCode = regionCode == null ? null : regionCode.strip();
        parentAgencyCode = normalise(parentAgencyCode);
        supervisingJusticeBureauCode = normalise(supervisingJusticeBureauCode);
        entrustingAgencyCode = normalise(entrustingAgencyCode);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        inspectionSubjectConfirmed = Boolean.TRUE.equals(inspectionSubjectConfirmed);
        verticallyManaged = Boolean.TRUE.equals(verticallyManaged);
        centralizedPenaltyPower = Boolean.TRUE.equals(centralizedPenaltyPower);
    }

    private static String normalise(String code) {
        return code == null || code.isBlank() ? null : UnifiedSocialCreditCode.normalise(code);
    }

    public AgencyRequest withSupervisingJusticeBureau(String code) {
        return new AgencyRequest(name, uscc, agencyKind, adminLevel, regionCode, townshipCode, parentAgencyCode, code,
                domains, entrustingAgencyCode, inspectionSubjectConfirmed, inspectionSubjectConfirmedOn,
                verticallyManaged, centralizedPenaltyPower);
    }
}
