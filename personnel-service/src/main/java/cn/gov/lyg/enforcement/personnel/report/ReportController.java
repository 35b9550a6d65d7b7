package cn.gov.lyg.enforcement.personnel.report;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementSupervisionOrAudit;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisionReaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/personnel/v1/reports/...}: staffing per agency (legal reviewers ≥ 5 %, 持证率) and the supervision
 * staffing check of the county judicial bureaus (and, per county, of the judicial offices 司法所), for the caller's
 * region (or their own agency).
 */
@RestController
@RequestMapping("/api/personnel/v1/reports")
@Tag(name = "reports", description = "staffing reports")
public class ReportController {

    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/staffing")
    @AgencyManagementSupervisionOrAudit
    @Operation(summary = "Per agency in the region (default: the caller's): officers on duty, 持证率, legal reviewers ≥ 5 %")
    public List<ReportService.AgencyStaffing> staffing(@RequestParam(required = false) String region) {
        return reports.staffing(region);
    }

    @GetMapping("/supervision-staffing")
    @SupervisionReaders
    @Operation(summary = "Each county judicial bureau: ≥ 2 supervision staff, ≥ 1 with 法律职业资格")
    public List<ReportService.BureauStaffing> supervisionStaffing(@RequestParam(required = false) String region) {
        return reports.supervisionStaffing(region);
    }

    @GetMapping("/supervision-staffing/regions")
    @SupervisionReaders
    @Operation(summary = "Per county: its judicial bureau (≥ 2 supervision staff, ≥ 1 with 法律职业资格) and each "
            + "judicial office 司法所 (≥ 1 staff with 法律职业资格 or a legal background), with region and overall totals")
    public ReportService.SupervisionStaffingReport supervisionStaffingByRegion(@RequestParam(required = false) String region) {
        return reports.supervisionStaffingByRegion(region);
    }

}
