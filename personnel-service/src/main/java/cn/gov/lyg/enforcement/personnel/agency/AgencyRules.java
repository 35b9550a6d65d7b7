package cn.gov.lyg.enforcement.personnel.agency;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.identifier.RegionValidation;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules on an agency's content (DOMAIN.md §2.0.1, §2.1.1), a pure function from the request, the agencies it refers
 * to and "today" to the list of violations:
 * <ul>
 *   <li>{@code REGION_FORMAT}/{@code REGION_UNKNOWN}/{@code REGION_OUT_OF_SCOPE}/{@code REGION_OBSOLETE}: the region is
 *       a current GB/T 2260 code of Lianyungang ({@code 3207..});</li>
 *   <li>{@code USCC_NOT_GOVERNMENT_BODY}: administrative organs, judicial bureaus and township governments have codes
 *       starting {@code 11} (机构编制, 机关);</li>
 *   <li>{@code ADMIN_LEVEL_NOT_REGISTRABLE}: the register holds city, county and township agencies only (a provincial
 *       level exists for items and benchmarks, not for agencies of the city);</li>
 *   <li>{@code LEVEL_REGION_MISMATCH}: a CITY agency sits on the city code ({@code xxxx00}), a COUNTY or TOWNSHIP one on
 *       a district/county code; {@code KIND_LEVEL_MISMATCH}: township governments are exactly the TOWNSHIP level, and
 *       besides them only judicial offices 司法所 (JUSTICE_BUREAU at TOWNSHIP level) are township agencies;</li>
 *   <li>{@code JUDICIAL_OFFICE_PARENT_REQUIRED}/{@code JUDICIAL_OFFICE_PARENT_INVALID}: a judicial office names as
 *       its parent the active county judicial bureau of its own county;</li>
 *   <li>{@code TOWNSHIP_CODE_REQUIRED}/{@code TOWNSHIP_CODE_MISMATCH}/{@code TOWNSHIP_CODE_NOT_ALLOWED}: a township
 *       agency has a 9-digit statistical code inside its region, others none;</li>
 *   <li>{@code DOMAINS_REQUIRED}: every enforcement subject has at least one domain (judicial bureaus may have none);</li>
 *   <li>{@code ENTRUSTING_AGENCY_REQUIRED}/{@code ENTRUSTING_AGENCY_NOT_ALLOWED}/{@code ENTRUSTING_AGENCY_INVALID}: only
 *       an entrusted organisation names an entrusting agency, which is an active administrative organ or authorised
 *       organisation (行政处罚法 Art. 20);</li>
 *   <li>{@code SUPERVISING_BUREAU_REQUIRED}/{@code SUPERVISING_BUREAU_INVALID}: every agency but the city judicial
 *       bureau is supervised by an active city or county judicial bureau (not a judicial office) whose region covers
 *       its own;</li>
 *   <li>{@code PARENT_AGENCY_INVALID}: the business-line parent exists, is not the agency itself and covers its region;</li>
 *   <li>{@code CONFIRMATION_DATE_INVALID}: an inspection-subject confirmation date needs the flag and is not in the
 *       future.</li>
 * </ul>
 */
public final class AgencyRules {

    private static final Set<AgencyKind> GOVERNMENT_BODIES = Set.of(AgencyKind.ADMIN_ORGAN, AgencyKind.JUSTICE_BUREAU,
            AgencyKind.TOWNSHIP_GOV);

    private AgencyRules() {
    }

    public static List<FieldViolation> check(AgencyRequest a, Map<String, Agency> referenced, RegionCodes regions,
                                             String scopePrefix, LocalDate today) {
        List<FieldViolation> errors = new ArrayList<>();
        RegionValidation region = regions.validateForNewRecord(a.regionCode(), scopePrefix);
        boolean regionOk = region.accepted();
        if (!regionOk) {
            errors.add(FieldViolation.of("regionCode", region.status().code()));
        }
        if (a.agencyKind() != null && GOVERNMENT_BODIES.contains(a.agencyKind()) && a.uscc() != null
                && !a.uscc().startsWith("11")) {
            errors.add(FieldViolation.of("uscc", "USCC_NOT_GOVERNMENT_BODY"));
        }
        if (a.adminLevel() != null && !a.adminLevel().isAgencyLevel()) {
            errors.add(FieldViolation.of("adminLevel", "ADMIN_LEVEL_NOT_REGISTRABLE"));
        } else if (regionOk && a.adminLevel() != null) {
            boolean cityCode = a.regionCode().endsWith("00");
            if ((a.adminLevel() == AdminLevel.CITY) != cityCode) {
                errors.add(FieldViolation.of("adminLevel", "LEVEL_REGION_MISMATCH"));
            }
        }
        if (a.agencyKind() != null && a.adminLevel() != null
                && ((a.agencyKind() == AgencyKind.TOWNSHIP_GOV) != (a.adminLevel() == AdminLevel.TOWNSHIP))
                && !isJudicialOffice(a)) {
            errors.add(FieldViolation.of("agencyKind", "KIND_LEVEL_MISMATCH"));
        }
        if (a.adminLevel() == AdminLevel.TOWNSHIP) {
            if (a.townshipCode() == null) {
                errors.add(FieldViolation.of("townshipCode", "TOWNSHIP_CODE_REQUIRED"));
            } else if (a.regionCode() != null && !a.townshipCode().startsWith(a.regionCode())) {
                errors.add(FieldViolation.of("townshipCode", "TOWNSHIP_CODE_MISMATCH"));
            }
        } else if (a.townshipCode() != null) {
            errors.add(FieldViolation.of("townshipCode", "TOWNSHIP_CODE_NOT_ALLOWED"));
        }
        if (a.agencyKind() != null && a.agencyKind() != AgencyKind.JUSTICE_BUREAU && a.domains().isEmpty()) {
            errors.add(FieldViolation.of("domains", "DOMAINS_REQUIRED"));
        }
        checkEntrusting(a, referenced, errors);
        checkSupervisor(a, referenced, regions, errors);
        if (isJudicialOffice(a)) {
            checkJudicialOfficeParent(a, referenced, errors);
        } else if (a.parentAgencyCode() != null) {
            Agency parent = referenced.get(a.parentAgencyCode());
            if (parent == null || !parent.isActive() || a.parentAgencyCode().equals(a.uscc())
                    || (regionOk && !regions.covers(parent.getRegionCode(), a.regionCode()))) {
                errors.add(FieldViolation.of("parentAgencyCode", "PARENT_AGENCY_INVALID"));
            }
        }
        if (a.inspectionSubjectConfirmedOn() != null
                && (!a.inspectionSubjectConfirmed() || a.inspectionSubjectConfirmedOn().isAfter(today))) {
            errors.add(FieldViolation.of("inspectionSubjectConfirmedOn", "CONFIRMATION_DATE_INVALID"));
        }
        return errors;
    }

    /** A judicial office 司法所: the judicial administration at township level. */
    public static boolean isJudicialOffice(AgencyRequest a) {
        return a.agencyKind() == AgencyKind.JUSTICE_BUREAU && a.adminLevel() == AdminLevel.TOWNSHIP;
    }

    /** A judicial office sits under the active county judicial bureau of its own county. */
    private static void checkJudicialOfficeParent(AgencyRequest a, Map<String, Agency> referenced,
                                                  List<FieldViolation> errors) {
        if (a.parentAgencyCode() == null) {
            errors.add(FieldViolation.of("parentAgencyCode", "JUDICIAL_OFFICE_PARENT_REQUIRED"));
            return;
        }
        Agency parent = referenced.get(a.parentAgencyCode());
        if (parent == null || !parent.isActive() || parent.getAgencyKind() != AgencyKind.JUSTICE_BUREAU
                || parent.getAdminLevel() != AdminLevel.COUNTY || !parent.getRegionCode().equals(a.regionCode())) {
            errors.add(FieldViolation.of("parentAgencyCode", "JUDICIAL_OFFICE_PARENT_INVALID"));
        }
    }

    private static void checkEntrusting(AgencyRequest a, Map<String, Agency> referenced, List<FieldViolation> errors) {
        if (a.agencyKind() == AgencyKind.ENTRUSTED_ORG) {
            if (a.entrustingAgencyCode() == null) {
                errors.add(FieldViolation.of("entrustingAgencyCode", "ENTRUSTING_AGENCY_REQUIRED"));
                return;
            }
            Agency entrusting = referenced.get(a.entrustingAgencyCode());
            if (entrusting == null || !entrusting.isActive()
                    || (entrusting.getAgencyKind() != AgencyKind.ADMIN_ORGAN
                    && entrusting.getAgencyKind() != AgencyKind.AUTHORIZED_ORG)) {
                errors.add(FieldViolation.of("entrustingAgencyCode", "ENTRUSTING_AGENCY_INVALID"));
            }
        } else if (a.entrustingAgencyCode() != null) {
            errors.add(FieldViolation.of("entrustingAgencyCode", "ENTRUSTING_AGENCY_NOT_ALLOWED"));
        }
    }

    private static void checkSupervisor(AgencyRequest a, Map<String, Agency> referenced, RegionCodes regions,
                                        List<FieldViolation> errors) {
        boolean cityBureau = a.agencyKind() == AgencyKind.JUSTICE_BUREAU && a.adminLevel() == AdminLevel.CITY;
        if (a.supervisingJusticeBureauCode() == null) {
            if (!cityBureau) {
                errors.add(FieldViolation.of("supervisingJusticeBureauCode", "SUPERVISING_BUREAU_REQUIRED"));
            }
            return;
        }
        Agency bureau = referenced.get(a.supervisingJusticeBureauCode());
        if (bureau == null || !bureau.isActive() || bureau.getAgencyKind() != AgencyKind.JUSTICE_BUREAU
                || bureau.isJudicialOffice() || a.supervisingJusticeBureauCode().equals(a.uscc())
                || (a.regionCode() != null && !regions.covers(bureau.getRegionCode(), a.regionCode()))) {
            errors.add(FieldViolation.of("supervisingJusticeBureauCode", "SUPERVISING_BUREAU_INVALID"));
        }
    }
}
