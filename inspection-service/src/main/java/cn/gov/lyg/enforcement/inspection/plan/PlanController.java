package cn.gov.lyg.enforcement.inspection.plan;

import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inspections/v1/plans}: 年度行政检查计划. */
@RestController
@RequestMapping("/api/inspections/v1/plans")
@Tag(name = "plans", description = "年度行政检查计划 annual inspection plans")
public class PlanController {

    private final PlanService plans;
    private final Clock clock;

    public PlanController(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** Body of a draft or revision. */
    public record PlanBody(Integer year, List<PlanTask> tasks) {
    }

    private ResponseEntity<PlanView> ok(AnnualPlan p) {
        return ResponseEntity.ok().eTag(Versions.etag(p)).body(PlanView.of(p, LocalDate.now(clock)));
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENCY_ADMIN')")
    @Operation(summary = "Draft the agency's plan for a year")
    public ResponseEntity<PlanView> draft(@RequestBody PlanBody body) {
        int year = body.year() == null ? LocalDate.now(clock).getYear() : body.year();
        AnnualPlan p = plans.draft(year, body.tasks());
        return ResponseEntity.created(URI.create("/api/inspections/v1/plans/" + p.getId())).eTag(Versions.etag(p))
                .body(PlanView.of(p, LocalDate.now(clock)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','AGENCY_ADMIN','AGENCY_LEADER','SUPERVISOR_CITY','SUPERVISOR_COUNTY')")
    @Operation(summary = "One plan; late as of asOf (default today)")
    public PlanView get(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        return PlanView.of(plans.get(id), asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER','AGENCY_ADMIN','AGENCY_LEADER','SUPERVISOR_CITY','SUPERVISOR_COUNTY')")
    @Operation(summary = "Plans of the agency (supervisors: of their region), paged, with LATE as of asOf")
    public PageResponse<PlanView> list(@RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) LocalDate asOf,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return PageResponse.of(plans.list(year, Paging.of(page, size, null, Set.of(), Sort.by("agencyCode"))),
                p -> PlanView.of(p, day));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('AGENCY_ADMIN')")
    @Operation(summary = "Revise the tasks (a filed or published plan goes back to draft and is filed again)")
    public ResponseEntity<PlanView> revise(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody PlanBody body) {
        return ok(plans.revise(id, Versions.parse(ifMatch), body.tasks()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('AGENCY_ADMIN')")
    @Operation(summary = "Submit for filing")
    public ResponseEntity<PlanView> submit(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(plans.submit(id, Versions.parse(ifMatch)));
    }

    @PostMapping("/{id}/file")
    @PreAuthorize("hasAnyRole('SUPERVISOR_COUNTY','SUPERVISOR_CITY')")
    @Operation(summary = "Filing by the supervising judicial bureau (county bureau for townships)")
    public ResponseEntity<PlanView> file(@PathVariable String id) {
        return ok(plans.file(id));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('AGENCY_ADMIN')")
    @Operation(summary = "Publish a filed plan (SPECIAL tasks need their approval document)")
    public ResponseEntity<PlanView> publish(@PathVariable String id,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(plans.publish(id, Versions.parse(ifMatch)));
    }
}
