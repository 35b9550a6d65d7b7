package cn.gov.lyg.enforcement.inspection.inspection;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyStaff;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inspections/v1/inspections}: 行政检查 with team, start, records, confirm, publicize. */
@RestController
@RequestMapping("/api/inspections/v1/inspections")
@Tag(name = "inspections", description = "行政检查 inspections")
public class InspectionController {


    private final InspectionService inspections;

    public InspectionController(InspectionService inspections) {
        this.inspections = inspections;
    }

    private static ResponseEntity<InspectionView> ok(Inspection i) {
        return ResponseEntity.ok().eTag(Versions.etag(i)).body(InspectionView.of(i));
    }

    @PostMapping
    @AgencyAdminsOnly
    @Operation(summary = "Plan an inspection of a directory entity, optionally with its team")
    public ResponseEntity<InspectionView> create(@RequestBody InspectionRequests.Create request) {
        Inspection i = inspections.create(request);
        return ResponseEntity.created(URI.create("/api/inspections/v1/inspections/" + i.getId()))
                .eTag(Versions.etag(i)).body(InspectionView.of(i));
    }

    @GetMapping("/{id}")
    @InspectionReaders
    @Operation(summary = "One inspection of the caller's agency (supervisors: of their region)")
    public ResponseEntity<InspectionView> get(@PathVariable String id) {
        return ok(inspections.get(id));
    }

    @GetMapping
    @InspectionReaders
    @Operation(summary = "Inspections of the caller's agency, paged")
    public PageResponse<InspectionView> list(@RequestParam(required = false) InspectionStatus status,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size,
                                         @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(inspections.list(status, Paging.of(page, size, sort,
                Set.of("inspectionNo", "plannedDate", "status"), Sort.by("inspectionNo"))), InspectionView::of);
    }

    @PutMapping("/{id}/team")
    @AgencyAdminsOnly
    @Operation(summary = "Assign the team (≥ 2 assignable officers; auxiliary staff only as assistants)")
    public ResponseEntity<InspectionView> team(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody InspectionRequests.Team team) {
        return ok(inspections.assignTeam(id, Versions.parse(ifMatch), team.members()));
    }

    @PostMapping("/{id}/items")
    @AgencyAdminsOnly
    @Operation(summary = "Add items to an open inspection (the same agency merges its inspections of an enterprise)")
    public ResponseEntity<InspectionView> items(@PathVariable String id,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @RequestBody InspectionRequests.Items body) {
        return ok(inspections.addItems(id, Versions.parse(ifMatch), body));
    }

    @PostMapping("/{id}/start")
    @AgencyStaff
    @Operation(summary = "Start: the team is re-checked for today (TEAM_INVALID)")
    public ResponseEntity<InspectionView> start(@PathVariable String id) {
        return ok(inspections.start(id));
    }

    @PostMapping("/{id}/records")
    @AgencyStaff
    @Operation(summary = "Mobile record sync: idempotent per device record id; result codes, GPS, QR, evidence")
    public ResponseEntity<InspectionView> record(@PathVariable String id,
                                             @RequestBody InspectionRequests.Submission submission) {
        return ok(inspections.submit(id, submission));
    }

    @PostMapping("/{id}/confirm")
    @AgencyManagement
    @Operation(summary = "Confirm the submitted result; publicity due in 20 working days")
    public ResponseEntity<InspectionView> confirm(@PathVariable String id) {
        return ok(inspections.confirm(id));
    }

    @PostMapping("/{id}/publicize")
    @AgencyAdminsOnly
    @Operation(summary = "Publicize the confirmed result (late flag after the 20th working day)")
    public ResponseEntity<InspectionView> publicize(@PathVariable String id) {
        return ok(inspections.publicize(id));
    }
}
