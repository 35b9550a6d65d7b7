package cn.gov.lyg.enforcement.supervision.letter;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervisors;
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
import java.util.Map;
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

/** {@code /api/supervision/v1/letters}: 督查函 / 监督意见书 / 监督决定书 / 提示函 and their rectification. */
@RestController
@RequestMapping("/api/supervision/v1/letters")
@Tag(name = "letters", description = "督查函、监督意见书、监督决定书 with rectification deadlines")
public class LetterController {

    static final Set<String> SORTABLE = Set.of("issuedOn", "rectificationDueOn", "status", "targetAgencyCode");
    private static final String IF_MATCH = "If-Match";

    private final LetterService letters;

    public LetterController(LetterService letters) {
        this.letters = letters;
    }

    @SupervisorsOnly
    @PostMapping
    @Operation(summary = "Draft a letter to an agency of the bureau's region")
    public ResponseEntity<LetterView> draft(@RequestBody(required = false) LetterCommands.Draft body) {
        SupervisionLetter l = letters.draft(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/letters/" + l.getId())).eTag(Versions.etag(l))
                .body(LetterView.of(l, letters.today()));
    }

    @AgencyUsersOrSupervisors
    @GetMapping
    @Operation(summary = "Letters in the caller's scope; overdueAsOf: waiting for a report past the due date")
    public PageResponse<LetterView> search(@RequestParam(required = false) LetterStatus status,
                                                  @RequestParam(required = false) String targetAgencyCode,
                                                  @RequestParam(required = false) LocalDate overdueAsOf,
                                                  @RequestParam(required = false) Integer page,
                                                  @RequestParam(required = false) Integer size,
                                                  @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "issuedOn"));
        return PageResponse.of(letters.search(status, targetAgencyCode, overdueAsOf, pageable), l -> LetterView.of(l, letters.today()));
    }

    @AgencyUsersOrSupervisors
    @GetMapping("/{id}")
    public ResponseEntity<LetterView> get(@PathVariable String id) {
        SupervisionLetter l = letters.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(l)).body(LetterView.of(l, letters.today()));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/issue")
    @Operation(summary = "DRAFT → ISSUED; the rectification deadline starts; emits SupervisionLetterIssued")
    public ResponseEntity<LetterView> issue(@PathVariable String id,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @RequestBody(required = false) LetterCommands.At body) {
        return respond(letters.issue(id, Versions.parse(ifMatch), body));
    }

    @AgencyUsersOrSupervisors
    @PostMapping("/{id}/acknowledge")
    public ResponseEntity<LetterView> acknowledge(@PathVariable String id,
                                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                         @RequestBody(required = false) LetterCommands.At body) {
        return respond(letters.acknowledge(id, Versions.parse(ifMatch), body));
    }

    @AgencyManagement
    @PostMapping("/{id}/responses")
    @Operation(summary = "The agency's rectification report (late ones are recorded as late)")
    public ResponseEntity<LetterView> respond(@PathVariable String id,
                                                     @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                     @RequestBody(required = false) LetterCommands.Respond body) {
        return respond(letters.respond(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/verify")
    public ResponseEntity<LetterView> verify(@PathVariable String id,
                                                    @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                    @RequestBody(required = false) LetterCommands.Verify body) {
        return respond(letters.verify(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/escalate")
    @Operation(summary = "通报 / 约谈 / 提请追责; emits SupervisionLetterEscalated")
    public ResponseEntity<LetterView> escalate(@PathVariable String id,
                                                      @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                      @RequestBody(required = false) LetterCommands.Escalate body) {
        return respond(letters.escalate(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/close")
    public ResponseEntity<LetterView> close(@PathVariable String id,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @RequestBody(required = false) LetterCommands.At body) {
        return respond(letters.close(id, Versions.parse(ifMatch), body));
    }

    @CitySupervisorsOnly
    @PostMapping("/jobs/overdue")
    @Operation(summary = "Admin-triggered job as of a date: escalates letters without a report past their due date")
    public Map<String, Object> overdue(@RequestParam(required = false) LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : letters.today();
        return Map.of("asOf", day.toString(), "escalated", letters.escalateOverdue(day));
    }

    private ResponseEntity<LetterView> respond(SupervisionLetter l) {
        return ResponseEntity.ok().eTag(Versions.etag(l)).body(LetterView.of(l, letters.today()));
    }
}
