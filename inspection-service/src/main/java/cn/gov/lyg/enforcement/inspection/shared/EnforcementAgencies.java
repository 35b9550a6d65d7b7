package cn.gov.lyg.enforcement.inspection.shared;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The platform agency directory (personnel's agency register) as inspections need it: the inspecting agency must be an
 * active enforcement agency, and an annual plan is filed with the judicial bureau that supervises it.
 */
@Component
public class EnforcementAgencies {

    private final AgencyDirectory directory;

    EnforcementAgencies(AgencyDirectory directory) {
        this.directory = directory;
    }

    /**
     * The caller's agency as an inspecting agency: known and active ({@code AGENCY_UNKNOWN}), not a judicial bureau
     * ({@code AGENCY_NOT_ENFORCEMENT_SUBJECT}).
     */
    public Agency requireInspectingAgency(String agencyCode) {
        Agency agency = directory.find(agencyCode).filter(Agency::active)
                .orElseThrow(() -> RuleViolation.invalid("AGENCY_UNKNOWN", agencyCode));
        if (agency.kind() == AgencyKind.JUSTICE_BUREAU) {
            throw RuleViolation.invalid("AGENCY_NOT_ENFORCEMENT_SUBJECT", agencyCode);
        }
        return agency;
    }

    /** The enforcement domains of an agency (empty when unknown). */
    public java.util.Set<String> domains(String agencyCode) {
        return directory.find(agencyCode).map(a -> a.domains().stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet())).orElse(java.util.Set.of());
    }

    /**
     * The judicial bureau an agency files its annual plan with: the county bureau of its county for county departments
     * and townships, the city bureau for city departments (an active JUSTICE_BUREAU of that level and region in the
     * directory); where the directory has no such bureau, the supervising bureau personnel records for the agency.
     */
    public Optional<String> filingBureau(String agencyCode) {
        Optional<Agency> agency = directory.find(agencyCode);
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        Agency a = agency.get();
        boolean city = a.level() == AdminLevel.CITY || a.level() == AdminLevel.PROVINCE;
        String region = city ? a.regionCode().substring(0, 4) + "00" : a.regionCode();
        AdminLevel bureauLevel = city ? AdminLevel.CITY : AdminLevel.COUNTY;
        return directory.activeInRegion(region).stream()
                .filter(b -> b.kind() == AgencyKind.JUSTICE_BUREAU && b.level() == bureauLevel
                        && region.equals(b.regionCode()))
                .map(Agency::agencyCode).min(Comparator.naturalOrder())
                .or(() -> Optional.ofNullable(a.supervisingJusticeBureauCode()));
    }
}
