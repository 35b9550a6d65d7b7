package cn.gov.lyg.enforcement.supervision.accountability;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/supervision/v1/accountability}: wrongful-enforcement accountability 错案责任追究. */
@RestController
@RequestMapping("/api/supervision/v1/accountability")
@Tag(name = "accountability", description = "错案责任追究: triggers, investigation deadline, outcomes incl. 尽职免责")
public class AccountabilityController {

    static final Set<String> SORTABLE = Set.of("openedOn", "dueOn", "status", "agencyCode");
    private static final String IF_MATCH = "If-Match";

    private final AccountabilityService accountability;

    public AccountabilityController(AccountabilityService accountability) {
        this.accountability = accountability;
    }

    @PostMapping
    @SupervisorsOnly
    @Operation(summary = "Open a case (a supervision finding, or a trigger); the same trigger opens one case")
    public ResponseEntity<AccountabilityView> open(@RequestBody(required = false) AccountabilityCommands.Open body) {
        AccountabilityCase c = accountability.open(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/accountability/" + c.getId()))
                .eTag(Versions.etag(c)).body(AccountabilityView.of(c, accountability.today()));
    }

    @GetMapping
    @AgencyManagementOrSupervision
    public PageResponse<AccountabilityView> search(@RequestParam(required = false) AccountabilityStatus status,
                                                   @RequestParam(required = false) AccountabilityTrigger trigger,
                                                   @RequestParam(required = false) String agencyCode,
                                                   @RequestParam(required = false) LocalDate overdueAsOf,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size,
                                                   @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "openedOn"));
        LocalDate asOf = overdueAsOf != null ? overdueAsOf : accountability.today();
        return PageResponse.of(accountability.search(status, trigger, agencyCode, overdueAsOf, pageable),
                c -> AccountabilityView.of(c, asOf));
    }

    @GetMapping("/{id}")
    @AgencyManagementOrSupervision
    public ResponseEntity<AccountabilityView> get(@PathVariable String id,
                                                  @RequestParam(required = false) LocalDate asOf) {
        AccountabilityCase c = accountability.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(c))
                .body(AccountabilityView.of(c, asOf != null ? asOf : accountability.today()));
    }

    @PostMapping("/{id}/respondents")
    @SupervisorsOnly
    public ResponseEntity<AccountabilityView> respondents(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) AccountabilityCommands.Respondents body) {
        return respond(accountability.addRespondents(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/extend")
    @SupervisorsOnly
    @Operation(summary = "The one extension of the investigation deadline (+15 working days)")
    public ResponseEntity<AccountabilityView> extend(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) AccountabilityCommands.Extend body) {
        return respond(accountability.extend(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/decide")
    @SupervisorsOnly
    @Operation(summary = "Outcome per respondent; emits AccountabilityOutcomeDecided (personnel applies the measure)")
    public ResponseEntity<AccountabilityView> decide(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) AccountabilityCommands.Decide body) {
        return respond(accountability.decide(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/appeal")
    @SupervisorsOnly
    public ResponseEntity<AccountabilityView> appeal(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) AccountabilityCommands.AppealData body) {
        return respond(accountability.appeal(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/appeal-decision")
    @SupervisorsOnly
    public ResponseEntity<AccountabilityView> appealDecision(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) AccountabilityCommands.AppealDecision body) {
        return respond(accountability.decideAppeal(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/close")
    @SupervisorsOnly
    public ResponseEntity<AccountabilityView> close(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return respond(accountability.close(id, Versions.parse(ifMatch)));
    }

    private ResponseEntity<AccountabilityView> respond(AccountabilityCase c) {
        return ResponseEntity.ok().eTag(Versions.etag(c)).body(AccountabilityView.of(c, accountability.today()));
    }
}
