package cn.gov.lyg.enforcement.inspection.spotcheck;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inspections/v1/spot-checks}: 双随机 tasks, their draw and the immutable draw log. */
@RestController
@RequestMapping("/api/inspections/v1/spot-checks")
@Tag(name = "spot-checks", description = "双随机抽查任务 random spot checks")
public class SpotCheckController {

    static final String READERS = "hasAnyRole('OFFICER','AGENCY_ADMIN','AGENCY_LEADER','SUPERVISOR_CITY',"
            + "'SUPERVISOR_COUNTY','AUDITOR')";

    private final SpotCheckService spotChecks;

    public SpotCheckController(SpotCheckService spotChecks) {
        this.spotChecks = spotChecks;
    }

    /** Body of a draw: the witness present (监督人). */
    public record DrawCommand(String witness) {
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENCY_ADMIN')")
    @Operation(summary = "Create a task; its nonce commitment (nonceHash) is published at once")
    public ResponseEntity<SpotCheckView> create(@RequestBody SpotCheckRequest request) {
        SpotCheckTask task = spotChecks.create(request);
        return ResponseEntity.created(URI.create("/api/inspections/v1/spot-checks/" + task.getId()))
                .eTag(Versions.etag(task)).body(SpotCheckView.of(task));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One task of the caller's agency (supervisors: of their region)")
    public SpotCheckView get(@PathVariable String id) {
        return SpotCheckView.of(spotChecks.get(id));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Tasks of the caller's agency (supervisors: of their region), paged")
    public PageResponse<SpotCheckView> list(@RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(spotChecks.list(Paging.of(page, size, sort, Set.of("taskCode", "drawnAt"),
                Sort.by("taskCode"))), SpotCheckView::of);
    }

    @PostMapping("/{id}/draw")
    @PreAuthorize("hasRole('AGENCY_ADMIN')")
    @Operation(summary = "Draw the task once: entities per credit class and a team of ≥ 2 per entity")
    public DrawLog draw(@PathVariable String id, @RequestBody(required = false) DrawCommand command) {
        return spotChecks.draw(id, command == null ? null : command.witness());
    }

    @GetMapping("/{id}/draw-log")
    @PreAuthorize(READERS)
    @Operation(summary = "The immutable draw log (internal: strata and classes included)")
    public DrawLog drawLog(@PathVariable String id) {
        return spotChecks.log(id);
    }

    @RequestMapping(path = "/{id}/draw-log", method = {RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
    @PreAuthorize(READERS)
    @Operation(summary = "Refused: the draw log cannot be changed (IMMUTABLE_RECORD)")
    public void changeDrawLog(@PathVariable String id) {
        spotChecks.log(id);
        throw RuleViolation.conflict("IMMUTABLE_RECORD");
    }

    @GetMapping("/{id}/draw-log/audit")
    @PreAuthorize("hasAnyRole('SUPERVISOR_CITY','SUPERVISOR_COUNTY','AUDITOR','AGENCY_ADMIN')")
    @Operation(summary = "Audit export: input of tools/verify_draw.py audit (contains credit classes)")
    public Map<String, Object> audit(@PathVariable String id) {
        return spotChecks.audit(id);
    }
}
