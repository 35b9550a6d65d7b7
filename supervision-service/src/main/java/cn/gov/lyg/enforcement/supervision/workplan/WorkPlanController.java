package cn.gov.lyg.enforcement.supervision.workplan;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/supervision/v1/work-plans}: 年度行政执法监督工作计划 per judicial bureau and year. */
@RestController
@RequestMapping("/api/supervision/v1/work-plans")
@Tag(name = "work-plans", description = "年度行政执法监督工作计划: items, approval, publication, progress")
public class WorkPlanController {

    static final Set<String> SORTABLE = Set.of("year", "regionCode", "status");
    private static final String IF_MATCH = "If-Match";

    private final WorkPlanService plans;

    public WorkPlanController(WorkPlanService plans) {
        this.plans = plans;
    }

    public record ItemView(int no, WorkPlanItem.Category category, String title, String description, LocalDate dueOn,
                           String lead, boolean done, LocalDate doneOn, String note, boolean overdue) {
    }

    public record View(String id, long version, String bureauAgencyCode, String regionCode, int year, String title,
                       List<ItemView> items, WorkPlanStatus status, String submittedBy, LocalDate submittedOn,
                       String decidedBy, LocalDate decidedOn, String decisionNote, LocalDate publishedOn,
                       LocalDate asOf) {

        static View of(WorkPlan p, LocalDate asOf) {
            return new View(p.getId(), p.getVersion() == null ? 0 : p.getVersion(), p.getBureauAgencyCode(),
                    p.getRegionCode(), p.getYear(), p.getTitle(), p.getItems().stream().map(i -> new ItemView(i.no(),
                    i.category(), i.title(), i.description(), i.dueOn(), i.lead(), i.done(), i.doneOn(), i.note(),
                    p.getStatus() == WorkPlanStatus.PUBLISHED && i.overdue(asOf))).toList(), p.getStatus(),
                    p.getSubmittedBy(), p.getSubmittedOn(), p.getDecidedBy(), p.getDecidedOn(), p.getDecisionNote(),
                    p.getPublishedOn(), asOf);
        }
    }

    @SupervisorsOnly
    @PostMapping
    @Operation(summary = "Draft the bureau's plan for a year (one per bureau and year: WORK_PLAN_EXISTS)")
    public ResponseEntity<View> create(@RequestBody(required = false) WorkPlanCommands.Create body) {
        WorkPlan p = plans.create(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/work-plans/" + p.getId())).eTag(Versions.etag(p))
                .body(View.of(p, plans.today()));
    }

    @AgencyUsersOrSupervision
    @GetMapping
    public PageResponse<View> search(@RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) WorkPlanStatus status,
                                     @RequestParam(required = false) LocalDate asOf,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "year").and(Sort.by("_id")));
        LocalDate day = asOf != null ? asOf : plans.today();
        return PageResponse.of(plans.search(year, status, pageable), p -> View.of(p, day));
    }

    @AgencyUsersOrSupervision
    @GetMapping("/{id}")
    @Operation(summary = "One plan; items not done by their due day are overdue as of asOf (default today)")
    public ResponseEntity<View> get(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        WorkPlan p = plans.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(p)).body(View.of(p, asOf != null ? asOf : plans.today()));
    }

    @SupervisorsOnly
    @PutMapping("/{id}")
    public ResponseEntity<View> revise(@PathVariable String id,
                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                       @RequestBody(required = false) WorkPlanCommands.Content body) {
        return respond(plans.revise(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/submit")
    public ResponseEntity<View> submit(@PathVariable String id,
                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                       @RequestBody(required = false) WorkPlanCommands.At body) {
        return respond(plans.submit(id, Versions.parse(ifMatch), body));
    }

    @CitySupervisorsOnly
    @PostMapping("/{id}/decision")
    @Operation(summary = "The city bureau approves a submitted plan or returns it to draft with a note")
    public ResponseEntity<View> decide(@PathVariable String id,
                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                       @RequestBody(required = false) WorkPlanCommands.Decide body) {
        return respond(plans.decide(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/publish")
    public ResponseEntity<View> publish(@PathVariable String id,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                        @RequestBody(required = false) WorkPlanCommands.At body) {
        return respond(plans.publish(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/items/{no}/progress")
    public ResponseEntity<View> progress(@PathVariable String id, @PathVariable int no,
                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                         @RequestBody(required = false) WorkPlanCommands.Progress body) {
        return respond(plans.progress(id, no, Versions.parse(ifMatch), body));
    }

    private ResponseEntity<View> respond(WorkPlan p) {
        return ResponseEntity.ok().eTag(Versions.etag(p)).body(View.of(p, plans.today()));
    }
}
