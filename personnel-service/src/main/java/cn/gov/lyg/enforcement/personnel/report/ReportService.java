package cn.gov.lyg.enforcement.personnel.report;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.personnel.Scopes;
import cn.gov.lyg.enforcement.personnel.agency.Agency;
import cn.gov.lyg.enforcement.personnel.agency.AgencyService;
import cn.gov.lyg.enforcement.personnel.agency.AgencyStatus;
import cn.gov.lyg.enforcement.personnel.agency.AgencyStore;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateService;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStatus;
import cn.gov.lyg.enforcement.personnel.officer.EmploymentStatus;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerService;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementSupervisionOrAudit;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisionReaders;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Computation and scope. */
@Service
public class ReportService {

    private final AgencyService agencies;
    private final OfficerService officers;
    private final CertificateService certificates;

    public ReportService(AgencyService agencies, OfficerService officers, CertificateService certificates) {
        this.agencies = agencies;
        this.officers = officers;
        this.certificates = certificates;
    }

    @AgencyManagementSupervisionOrAudit
    public List<AgencyStaffing> staffing(String region) {
        return agenciesInScope(region).stream().filter(a -> a.getAgencyKind() != AgencyKind.JUSTICE_BUREAU)
                .map(this::staffingOf).toList();
    }

    @SupervisionReaders
    public List<BureauStaffing> supervisionStaffing(String region) {
        return agenciesInScope(region).stream().filter(ReportService::countyBureau)
                .map(this::bureauStaffing).toList();
    }

    @SupervisionReaders
    public SupervisionStaffingReport supervisionStaffingByRegion(String region) {
        List<Agency> inScope = agenciesInScope(region);
        java.util.Map<String, List<Agency>> byRegion = new java.util.TreeMap<>(inScope.stream()
                .filter(a -> countyBureau(a) || a.isJudicialOffice())
                .collect(Collectors.groupingBy(Agency::getRegionCode)));
        List<RegionStaffing> regions = new java.util.ArrayList<>();
        List<Boolean> allBureaus = new java.util.ArrayList<>();
        List<Boolean> allOffices = new java.util.ArrayList<>();
        byRegion.forEach((code, agencies) -> {
            List<BureauStaffing> bureaus = agencies.stream().filter(ReportService::countyBureau)
                    .sorted(java.util.Comparator.comparing(Agency::getUscc)).map(this::bureauStaffing).toList();
            List<JudicialOfficeStaffing> offices = agencies.stream().filter(Agency::isJudicialOffice)
                    .sorted(java.util.Comparator.comparing(Agency::getUscc)).map(this::officeStaffing).toList();
            List<Boolean> bureausMet = bureaus.stream().map(BureauStaffing::met).toList();
            List<Boolean> officesMet = offices.stream().map(JudicialOfficeStaffing::met).toList();
            allBureaus.addAll(bureausMet);
            allOffices.addAll(officesMet);
            regions.add(new RegionStaffing(code, bureaus, offices, StaffingRules.totals(bureausMet, officesMet)));
        });
        String requested = region != null ? region : CurrentScope.get().regionCode();
        return new SupervisionStaffingReport(requested, regions, StaffingRules.totals(allBureaus, allOffices));
    }

    private static boolean countyBureau(Agency a) {
        return a.getAgencyKind() == AgencyKind.JUSTICE_BUREAU && a.getAdminLevel() == AdminLevel.COUNTY;
    }

    private BureauStaffing bureauStaffing(Agency bureau) {
        List<Officer> staff = onDuty(bureau);
        Set<String> holders = holders(staff, CertificateKind.SUPERVISION);
        List<Officer> supervisors = staff.stream().filter(o -> holders.contains(o.getId())).toList();
        long qualified = supervisors.stream().filter(Officer::isLegalProfessionQualified).count();
        return new BureauStaffing(bureau.getUscc(), bureau.getName(), bureau.getRegionCode(), supervisors.size(),
                qualified, StaffingRules.supervisionStaffingMet(supervisors.size(), qualified));
    }

    private JudicialOfficeStaffing officeStaffing(Agency office) {
        List<Officer> staff = onDuty(office);
        long qualified = staff.stream().filter(Officer::isLegalProfessionQualified).count();
        long background = staff.stream().filter(Officer::isLegalBackground).count();
        long trained = staff.stream().filter(o -> StaffingRules.legallyTrained(o.isLegalProfessionQualified(),
                o.isLegalBackground())).count();
        return new JudicialOfficeStaffing(office.getUscc(), office.getName(), office.getRegionCode(),
                office.getTownshipCode(), office.getParentAgencyCode(), staff.size(), qualified, background,
                trained, StaffingRules.judicialOfficeStaffingMet(trained));
    }

    private AgencyStaffing staffingOf(Agency agency) {
        List<Officer> staff = onDuty(agency);
        long holders = holders(staff, CertificateKind.ENFORCEMENT).size();
        long reviewers = staff.stream().filter(Officer::isLegalReviewer).count();
        long qualified = staff.stream().filter(o -> o.isLegalReviewer() && o.isLegalProfessionQualified()).count();
        return new AgencyStaffing(agency.getUscc(), agency.getName(), agency.getRegionCode(), staff.size(),
                holders, StaffingRules.percent(holders, staff.size()), reviewers, qualified,
                StaffingRules.percent(reviewers, staff.size()),
                StaffingRules.legalReviewerTargetMet(reviewers, staff.size()));
    }

    private List<Officer> onDuty(Agency agency) {
        return officers.findAll(Criteria.where("agencyCode").is(agency.getUscc())
                .and("employmentStatus").is(EmploymentStatus.ON_DUTY));
    }

    private Set<String> holders(List<Officer> staff, CertificateKind kind) {
        Set<String> ids = staff.stream().map(Officer::getId).collect(Collectors.toSet());
        return certificates.findByStatus(Set.of(CertificateStatus.ACTIVE)).stream()
                .filter(c -> c.getCertificateKind() == kind && ids.contains(c.getOfficerId()))
                .map(Certificate::getOfficerId).collect(Collectors.toSet());
    }

    private List<Agency> agenciesInScope(String region) {
        DataScope scope = CurrentScope.get();
        if (!scope.isRegionalSupervisor() && !scope.hasAny(cn.gov.lyg.enforcement.platform.security.Role.PROVINCE_READONLY,
                cn.gov.lyg.enforcement.platform.security.Role.AUDITOR)) {
            // agency admins and leaders: their own agency only
            Agency own = agencies.findByCode(scope.agencyCode());
            return own == null ? List.of() : List.of(own);
        }
        String r = region != null ? region : scope.regionCode();
        if (r == null || !r.matches("\\d{6}") || !scope.coversRegion(r)) {
            throw ApiException.notFound("Region", r);
        }
        return agencies.search(new AgencyStore.AgencyFilter(null, null, null, AgencyStatus.ACTIVE, r, null),
                PageRequest.of(0, 1000)).getContent().stream()
                .filter(a -> Scopes.readsPeopleOf(scope, a.getUscc(), a.getRegionCode())
                        || scope.hasAny(cn.gov.lyg.enforcement.platform.security.Role.AUDITOR))
                .toList();
    }

    /** One agency's staffing figures. */
    public record AgencyStaffing(String agencyCode, String agencyName, String regionCode, long officersOnDuty,
                                 long certificateHolders, BigDecimal certificateHoldingRate, long legalReviewers,
                                 long qualifiedLegalReviewers, BigDecimal legalReviewerRatio,
                                 boolean legalReviewerTargetMet) {
    }

    /** One judicial bureau's supervision staffing. */
    public record BureauStaffing(String agencyCode, String agencyName, String regionCode, long supervisionStaff,
                                 long legallyQualifiedStaff, boolean met) {
    }

    /** One judicial office's staffing: staff on duty, how many hold 法律职业资格, have a legal background, either. */
    public record JudicialOfficeStaffing(String agencyCode, String agencyName, String regionCode, String townshipCode,
                                         String parentAgencyCode, long staff, long legalProfessionQualifiedStaff,
                                         long legalBackgroundStaff, long legallyTrainedStaff, boolean met) {
    }

    /** One county: its judicial bureau(s) and judicial offices, with totals. */
    public record RegionStaffing(String regionCode, List<BureauStaffing> bureaus,
                                 List<JudicialOfficeStaffing> judicialOffices, StaffingRules.Totals totals) {
    }

    /** The staffing check of judicial administration in a region, per county, with the totals over all of them. */
    public record SupervisionStaffingReport(String regionCode, List<RegionStaffing> regions,
                                            StaffingRules.Totals totals) {
    }
}
