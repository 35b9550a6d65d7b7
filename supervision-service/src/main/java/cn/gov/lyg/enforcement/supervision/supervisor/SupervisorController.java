package cn.gov.lyg.enforcement.supervision.supervisor;

import cn.gov.lyg.enforcement.platform.security.policy.SpecialSupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseFile;
import cn.gov.lyg.enforcement.supervision.caseregister.Milestone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/supervision/v1/special-supervisors}: 特邀行政执法监督员 and their read-only view of assigned material. */
@RestController
@RequestMapping("/api/supervision/v1/special-supervisors")
@Tag(name = "special-supervisors", description = "特邀行政执法监督员: eligibility, terms, assignments, read-only access")
public class SupervisorController {

    private static final String IF_MATCH = "If-Match";
    private final SupervisorService supervisors;

    public SupervisorController(SupervisorService supervisors) {
        this.supervisors = supervisors;
    }

    public record SupervisorView(String id, String name, String idCardNo, String sector, String username,
                                 String appointingAgencyCode, String regionCode, String status, LocalDate termFrom,
                                 LocalDate termTo, List<String> conflictAgencyCodes,
                                 List<SpecialSupervisor.Assignment> assignments, long version) {
        static SupervisorView of(SpecialSupervisor s, LocalDate asOf) {
            return new SupervisorView(s.getId(), s.getName(), s.getIdCardMasked(), s.getSector(), s.getUsername(),
                    s.getAppointingAgencyCode(), s.getRegionCode(), s.statusOn(asOf).name(), s.getTermFrom(),
                    s.getTermTo(), s.getConflictAgencyCodes(), s.getAssignments(),
                    s.getVersion() == null ? 0 : s.getVersion());
        }
    }

    /** A case file as a special supervisor sees it: the reported milestones, read-only. */
    public record CaseMaterialView(String id, String agencyCode, String regionCode, String caseNo, String caseType,
                                   List<Milestone> milestones) {
        static CaseMaterialView of(CaseFile c) {
            return new CaseMaterialView(c.getId(), c.getAgencyCode(), c.getRegionCode(), c.getCaseNo(),
                    c.getCaseType().name(), c.getMilestones().values().stream()
                    .sorted(Comparator.comparing(Milestone::occurredOn)).toList());
        }
    }

    @PostMapping
    @SupervisorsOnly
    @Operation(summary = "Register a candidate (ID number kept masked and hashed only)")
    public ResponseEntity<SupervisorView> register(@RequestBody(required = false) SupervisorCommands.Register body) {
        SpecialSupervisor s = supervisors.register(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/special-supervisors/" + s.getId()))
                .eTag(Versions.etag(s)).body(SupervisorView.of(s, supervisors.today()));
    }

    @GetMapping
    @SupervisorsOnly
    public PageResponse<SupervisorView> search(@RequestParam(required = false) SupervisorStatus status,
                                               @RequestParam(required = false) String sector,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size,
                                               @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, Set.of("name", "termTo", "status"), Sort.by("name"));
        LocalDate today = supervisors.today();
        return PageResponse.of(supervisors.search(status, sector, pageable), s -> SupervisorView.of(s, today));
    }

    @GetMapping("/me")
    @SpecialSupervisorsOnly
    @Operation(summary = "The calling special supervisor's record and active assignments")
    public SupervisorView me() {
        LocalDate today = supervisors.today();
        SpecialSupervisor s = supervisors.me();
        SupervisorView v = SupervisorView.of(s, today);
        return new SupervisorView(v.id(), v.name(), v.idCardNo(), v.sector(), v.username(), v.appointingAgencyCode(),
                v.regionCode(), v.status(), v.termFrom(), v.termTo(), v.conflictAgencyCodes(),
                s.activeAssignments(today), v.version());
    }

    @GetMapping("/me/cases/{caseId}")
    @SpecialSupervisorsOnly
    @Operation(summary = "An assigned case file, read-only (404 for anything not assigned)")
    public CaseMaterialView assignedCase(@PathVariable String caseId) {
        return CaseMaterialView.of(supervisors.assignedCase(caseId));
    }

    @GetMapping("/{id}")
    @SupervisorsOnly
    public ResponseEntity<SupervisorView> get(@PathVariable String id,
                                              @RequestParam(required = false) LocalDate asOf) {
        SpecialSupervisor s = supervisors.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(s)).body(SupervisorView.of(s, asOf != null ? asOf
                : supervisors.today()));
    }

    @PostMapping("/{id}/appoint")
    @SupervisorsOnly
    @Operation(summary = "CANDIDATE → APPOINTED after the eligibility check; term 5 years")
    public ResponseEntity<SupervisorView> appoint(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) SupervisorCommands.Appoint body) {
        return respond(supervisors.appoint(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/suspend")
    @SupervisorsOnly
    public ResponseEntity<SupervisorView> suspend(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) SupervisorCommands.Reason body) {
        return respond(supervisors.suspend(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/reinstate")
    @SupervisorsOnly
    public ResponseEntity<SupervisorView> reinstate(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) SupervisorCommands.Reason body) {
        return respond(supervisors.reinstate(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/dismiss")
    @SupervisorsOnly
    public ResponseEntity<SupervisorView> dismiss(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) SupervisorCommands.Reason body) {
        return respond(supervisors.dismiss(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/assignments")
    @SupervisorsOnly
    @Operation(summary = "Assign material (a review batch, a case, an inspection, a complaint)")
    public ResponseEntity<SupervisorView> assign(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) SupervisorCommands.Assign body) {
        return respond(supervisors.assign(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/assignments/{assignmentId}/withdraw")
    @SupervisorsOnly
    public ResponseEntity<SupervisorView> withdraw(@PathVariable String id, @PathVariable String assignmentId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(supervisors.withdraw(id, Versions.parse(ifMatch), assignmentId));
    }

    private ResponseEntity<SupervisorView> respond(SpecialSupervisor s) {
        return ResponseEntity.ok().eTag(Versions.etag(s)).body(SupervisorView.of(s, supervisors.today()));
    }
}
