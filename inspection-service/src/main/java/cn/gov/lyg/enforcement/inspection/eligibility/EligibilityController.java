package cn.gov.lyg.enforcement.inspection.eligibility;

import cn.gov.lyg.enforcement.inspection.team.OfficerVerdict;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/inspections/v1/inspectors}: the inspector directory as this service sees it (the projection's verdict,
 * same reasons as personnel's eligibility endpoint), and the projection's rebuild.
 */
@RestController
@RequestMapping("/api/inspections/v1")
@Tag(name = "inspectors", description = "执法检查人员名录库 (projection of personnel's events)")
public class EligibilityController {

    private final EligibilityService eligibility;
    private final PersonnelEventConsumer consumer;
    private final Clock clock;

    public EligibilityController(EligibilityService eligibility, PersonnelEventConsumer consumer, Clock clock) {
        this.eligibility = eligibility;
        this.consumer = consumer;
        this.clock = clock;
    }

    @GetMapping("/inspectors/{officerId}/eligibility")
    @PreAuthorize("hasAnyRole('OFFICER','AGENCY_ADMIN','AGENCY_LEADER','SUPERVISOR_CITY','SUPERVISOR_COUNTY',"
            + "'AUDITOR','INTEGRATION')")
    @Operation(summary = "Whether the officer may inspect on a date, in a domain and region (projection verdict)")
    public OfficerVerdict verdict(@PathVariable String officerId, @RequestParam(required = false) LocalDate date,
                                  @RequestParam(required = false) Set<String> domain,
                                  @RequestParam(required = false) String region) {
        OfficerVerdict v = eligibility.officer(officerId, date == null ? LocalDate.now(clock) : date,
                domain == null ? Set.of() : domain, region);
        DataScope scope = CurrentScope.get();
        boolean sees = v.agencyCode() == null ? scope.hasAny(cn.gov.lyg.enforcement.platform.security.Role.INTEGRATION,
                cn.gov.lyg.enforcement.platform.security.Role.SUPERVISOR_CITY, cn.gov.lyg.enforcement.platform.security.Role.AUDITOR)
                : scope.belongsTo(v.agencyCode()) || scope.isRegionalSupervisor()
                || scope.hasAny(cn.gov.lyg.enforcement.platform.security.Role.INTEGRATION,
                cn.gov.lyg.enforcement.platform.security.Role.AUDITOR);
        if (!sees) {
            throw ApiException.notFound("执法人员", officerId);
        }
        return v;
    }

    @PostMapping("/jobs/eligibility-projection/rebuild")
    @PreAuthorize("hasAnyRole('SUPERVISOR_CITY','INTEGRATION')")
    @Operation(summary = "Rebuild the officer eligibility projection by replaying personnel's topics")
    public ResponseEntity<Map<String, String>> rebuild() {
        consumer.replay();
        return ResponseEntity.accepted().body(Map.of("status", "REPLAYING"));
    }
}
