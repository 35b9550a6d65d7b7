package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersSupervisorsOrHotline;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOrAgencyLeaders;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsHotlineOrSpecialSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOrHotline;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintChannel;
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

/**
 * {@code /api/supervision/v1/complaints}: complaints and reports 投诉举报 (12345 / 12348 and other channels).
 * Bodies are validated in the service after the authorization check; writes take {@code If-Match} and
 * {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/supervision/v1/complaints")
@Tag(name = "complaints", description = "投诉举报 complaints and reports with working-day deadlines")
public class ComplaintController {

    static final Set<String> SORTABLE = Set.of("receivedAt", "currentDueOn", "status", "respondentAgencyCode");
    private static final String IF_MATCH = "If-Match";

    private final ComplaintService complaints;

    public ComplaintController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @SupervisorsHotlineOrSpecialSupervisors
    @PostMapping
    @Operation(summary = "Register a complaint (hotline system: 12345/12348 orders; judicial bureaus: any channel; "
            + "special supervisors: the SPECIAL_SUPERVISOR channel, as the complainant)")
    public ResponseEntity<ComplaintView> receive(@RequestBody(required = false) ComplaintCommands.Receive body) {
        Complaint c = complaints.receive(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/complaints/" + c.getId()))
                .eTag(Versions.etag(c)).body(complaints.view(c, null));
    }

    @AgencyUsersSupervisorsOrHotline
    @GetMapping
    @Operation(summary = "Complaints in the caller's scope; overdueAsOf lists those past their current deadline")
    public PageResponse<ComplaintView> search(@RequestParam(required = false) ComplaintStatus status,
                                              @RequestParam(required = false) ComplaintChannel channel,
                                              @RequestParam(required = false) String respondentAgencyCode,
                                              @RequestParam(required = false) String externalOrderNo,
                                              @RequestParam(required = false) LocalDate overdueAsOf,
                                              @RequestParam(required = false) Boolean escalated,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "receivedAt"));
        LocalDate asOf = overdueAsOf;
        return PageResponse.of(complaints.search(new ComplaintFilter(status, channel, respondentAgencyCode,
                externalOrderNo, overdueAsOf, escalated), pageable), c -> complaints.view(c, asOf));
    }

    @AgencyUsersSupervisorsOrHotline
    @GetMapping("/{id}")
    @Operation(summary = "One complaint; overdue computed as of asOf (default today)")
    public ResponseEntity<ComplaintView> get(@PathVariable String id,
                                             @RequestParam(required = false) LocalDate asOf) {
        Complaint c = complaints.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(c)).body(complaints.view(c, asOf));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/route")
    @Operation(summary = "RECEIVED → TRANSFERRED (转办) to a handling unit; emits ComplaintTransferred")
    public ResponseEntity<ComplaintView> route(@PathVariable String id,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @RequestBody(required = false) ComplaintCommands.Route body) {
        return respond(complaints.route(id, Versions.parse(ifMatch), body));
    }

    @AgencyUsersOrSupervisors
    @PostMapping("/{id}/sign")
    @Operation(summary = "TRANSFERRED → SIGNED (签收); late signatures are recorded")
    public ResponseEntity<ComplaintView> sign(@PathVariable String id,
                                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                              @RequestBody(required = false) ComplaintCommands.At body) {
        return respond(complaints.sign(id, Versions.parse(ifMatch), body));
    }

    @AgencyUsersOrSupervisors
    @PostMapping("/{id}/return")
    @Operation(summary = "TRANSFERRED → RECEIVED (退回, wrong addressee) with a reason; original receipt time kept")
    public ResponseEntity<ComplaintView> returnTransfer(@PathVariable String id,
                                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                        @RequestBody(required = false) ComplaintCommands.WithReason body) {
        return respond(complaints.returnTransfer(id, Versions.parse(ifMatch), body));
    }

    @AgencyUsersOrSupervisors
    @PostMapping("/{id}/accept")
    @Operation(summary = "SIGNED → ACCEPTED (受理); the handling period starts")
    public ResponseEntity<ComplaintView> accept(@PathVariable String id,
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                @RequestBody(required = false) ComplaintCommands.At body) {
        return respond(complaints.accept(id, Versions.parse(ifMatch), body));
    }

    @AgencyUsersOrSupervisors
    @PostMapping("/{id}/not-accept")
    @Operation(summary = "SIGNED → NOT_ACCEPTED (不予受理) with a reason")
    public ResponseEntity<ComplaintView> notAccept(@PathVariable String id,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @RequestBody(required = false) ComplaintCommands.WithReason body) {
        return respond(complaints.notAccept(id, Versions.parse(ifMatch), body));
    }

    @AgencyUsersOrSupervisors
    @PostMapping("/{id}/investigate")
    @Operation(summary = "ACCEPTED / REOPENED → HANDLING")
    public ResponseEntity<ComplaintView> investigate(@PathVariable String id,
                                                     @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                     @RequestBody(required = false) ComplaintCommands.At body) {
        return respond(complaints.investigate(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOrAgencyLeaders
    @PostMapping("/{id}/extend")
    @Operation(summary = "Extend the handling period once (leader approval)")
    public ResponseEntity<ComplaintView> extend(@PathVariable String id,
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                @RequestBody(required = false) ComplaintCommands.Extend body) {
        return respond(complaints.extend(id, Versions.parse(ifMatch), body));
    }

    @AgencyUsersOrSupervisors
    @PostMapping("/{id}/conclude")
    @Operation(summary = "HANDLING → RECTIFICATION_REQUIRED (substantiated) or CONCLUDED (unsubstantiated)")
    public ResponseEntity<ComplaintView> conclude(@PathVariable String id,
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                  @RequestBody(required = false) ComplaintCommands.Conclude body) {
        return respond(complaints.conclude(id, Versions.parse(ifMatch), body));
    }

    @AgencyUsersOrSupervisors
    @PostMapping("/{id}/rectification")
    @Operation(summary = "RECTIFICATION_REQUIRED → RECTIFIED: the agency's rectification report")
    public ResponseEntity<ComplaintView> rectify(@PathVariable String id,
                                                 @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                 @RequestBody(required = false)
                                                 ComplaintCommands.SubmitRectification body) {
        return respond(complaints.submitRectification(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/verify")
    @Operation(summary = "RECTIFIED → VERIFIED (ok) or back to RECTIFICATION_REQUIRED")
    public ResponseEntity<ComplaintView> verify(@PathVariable String id,
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                @RequestBody(required = false) ComplaintCommands.Verify body) {
        return respond(complaints.verify(id, Versions.parse(ifMatch), body));
    }

    @AgencyUsersOrSupervisors
    @PostMapping("/{id}/reply")
    @Operation(summary = "NOT_ACCEPTED / CONCLUDED / VERIFIED → REPLIED (答复)")
    public ResponseEntity<ComplaintView> reply(@PathVariable String id,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @RequestBody(required = false) ComplaintCommands.Reply body) {
        return respond(complaints.reply(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/close")
    @Operation(summary = "REPLIED → CLOSED (办结), optional satisfaction 1..5; emits ComplaintClosed")
    public ResponseEntity<ComplaintView> close(@PathVariable String id,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @RequestBody(required = false) ComplaintCommands.Close body) {
        return respond(complaints.close(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOrHotline
    @PostMapping("/{id}/reopen")
    @Operation(summary = "CLOSED → REOPENED within the reopen window (complainant dissatisfied)")
    public ResponseEntity<ComplaintView> reopen(@PathVariable String id,
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                @RequestBody(required = false) ComplaintCommands.WithReason body) {
        return respond(complaints.reopen(id, Versions.parse(ifMatch), body));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/urge")
    @Operation(summary = "督办: a judicial bureau urges the handling unit")
    public ResponseEntity<ComplaintView> urge(@PathVariable String id,
                                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                              @RequestBody(required = false) ComplaintCommands.Urge body) {
        return respond(complaints.urge(id, Versions.parse(ifMatch), body));
    }

    @CitySupervisorsOnly
    @PostMapping("/jobs/overdue")
    @Operation(summary = "Admin-triggered overdue job as of a date (default today): flags, escalates, emits ComplaintOverdue")
    public ComplaintService.OverdueRun overdue(@RequestParam(required = false) LocalDate asOf) {
        return complaints.flagOverdue(asOf);
    }

    private ResponseEntity<ComplaintView> respond(Complaint c) {
        return ResponseEntity.ok().eTag(Versions.etag(c)).body(complaints.view(c, null));
    }
}
