package cn.gov.lyg.enforcement.inspection.joint;

import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.InspectionReaders;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/inspections/v1/joint-inspections} (综合查一次) and {@code /merge-proposals} (the joint inspections still
 * PROPOSED, where a participant agrees or declines).
 */
@RestController
@Tag(name = "joint-inspections", description = "综合查一次 joint inspections and merge proposals")
public class JointController {

    private static final String BASE = "/api/inspections/v1/joint-inspections";
    private static final String PROPOSALS = "/api/inspections/v1/merge-proposals";
    private static final Set<String> SORTABLE = Set.of("plannedDate", "uscc", "status", "windowStart");

    private final JointService joints;

    public JointController(JointService joints) {
        this.joints = joints;
    }

    private static ResponseEntity<JointView> ok(JointInspection j) {
        return ResponseEntity.ok().eTag(Versions.etag(j)).body(JointView.of(j, CurrentScope.get().agencyCode()));
    }

    @PostMapping(BASE)
    @AgencyAdminsOnly
    @Operation(summary = "Set up a joint inspection of an enterprise with other agencies (the caller takes part)")
    public ResponseEntity<JointView> create(@RequestBody JointRequests.Create body) {
        JointInspection j = joints.create(body);
        return ResponseEntity.created(URI.create(BASE + "/" + j.getId())).eTag(Versions.etag(j))
                .body(JointView.of(j, CurrentScope.get().agencyCode()));
    }

    @GetMapping(BASE + "/{id}")
    @InspectionReaders
    @Operation(summary = "One joint inspection: participants and supervisors of the region only (others 404)")
    public ResponseEntity<JointView> get(@PathVariable String id) {
        return ok(joints.get(id));
    }

    @GetMapping(BASE)
    @InspectionReaders
    @Operation(summary = "Joint inspections the caller's agency takes part in (supervisors: of their region), paged")
    public PageResponse<JointView> list(@RequestParam(required = false) JointStatus status,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) List<String> sort) {
        String viewer = CurrentScope.get().agencyCode();
        return PageResponse.of(joints.list(status, Paging.of(page, size, sort, SORTABLE, Sort.by("plannedDate"))),
                j -> JointView.of(j, viewer));
    }

    @GetMapping(PROPOSALS)
    @InspectionReaders
    @Operation(summary = "Merge proposals (joint inspections PROPOSED) the caller's agency takes part in, paged")
    public PageResponse<JointView> proposals(@RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) List<String> sort) {
        String viewer = CurrentScope.get().agencyCode();
        return PageResponse.of(joints.list(JointStatus.PROPOSED, Paging.of(page, size, sort, SORTABLE,
                Sort.by("plannedDate"))), j -> JointView.of(j, viewer));
    }

    @PostMapping({BASE + "/{id}/agree", PROPOSALS + "/{id}/accept"})
    @AgencyAdminsOnly
    @Operation(summary = "The caller's agency agrees to the joint visit (all agreed → AGREED)")
    public ResponseEntity<JointView> agree(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(joints.agree(id, Versions.parse(ifMatch)));
    }

    @PostMapping({BASE + "/{id}/decline", PROPOSALS + "/{id}/decline"})
    @AgencyAdminsOnly
    @Operation(summary = "The caller's agency declines the proposal, with a reason")
    public ResponseEntity<JointView> decline(@PathVariable String id,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @RequestBody(required = false) JointRequests.Decline body) {
        return ok(joints.decline(id, Versions.parse(ifMatch), body));
    }

    @PostMapping(BASE + "/{id}/inspections")
    @AgencyAdminsOnly
    @Operation(summary = "Add one of the caller's agency's inspections of the enterprise")
    public ResponseEntity<JointView> attach(@PathVariable String id,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @RequestBody JointRequests.Attach body) {
        return ok(joints.attach(id, Versions.parse(ifMatch), body));
    }

    @PostMapping(BASE + "/{id}/schedule")
    @AgencyAdminsOnly
    @Operation(summary = "The lead fixes the visit day (default the month's 综合检查日)")
    public ResponseEntity<JointView> schedule(@PathVariable String id,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @RequestBody(required = false) JointRequests.Schedule body) {
        return ok(joints.schedule(id, Versions.parse(ifMatch), body));
    }

    @PutMapping(BASE + "/{id}/notes")
    @AgencyAdminsOnly
    @Operation(summary = "The caller's agency's internal notes (hidden from the other participants)")
    public ResponseEntity<JointView> notes(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody JointRequests.Notes body) {
        return ok(joints.notes(id, Versions.parse(ifMatch), body));
    }

    @PostMapping(BASE + "/{id}/report")
    @AgencyAdminsOnly
    @Operation(summary = "The one combined report by the lead, once every participant's results are submitted")
    public ResponseEntity<JointView> report(@PathVariable String id,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @RequestBody(required = false) JointRequests.Report body) {
        return ok(joints.report(id, Versions.parse(ifMatch), body));
    }

    @GetMapping("/api/inspections/v1/joint-scenarios")
    @InspectionReaders
    @Operation(summary = "The scenario list 场景清单 (一业一查, 一表通查 …), as configured")
    public List<JointScenario> scenarios() {
        return joints.scenarios();
    }
}
