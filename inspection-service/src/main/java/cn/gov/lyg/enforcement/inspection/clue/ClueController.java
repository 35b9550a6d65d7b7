package cn.gov.lyg.enforcement.inspection.clue;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inspections/v1/clue-transfers}: 案件线索移送 between departments. */
@RestController
@RequestMapping("/api/inspections/v1/clue-transfers")
@Tag(name = "clue-transfers", description = "案件线索移送 case clue transfers")
public class ClueController {

    private final ClueService clues;

    public ClueController(ClueService clues) {
        this.clues = clues;
    }

    /** The receiver's answer to a clue. */
    public record Answer(String reason) {
    }

    private static ResponseEntity<ClueView> ok(ClueTransfer c) {
        return ResponseEntity.ok().eTag(Versions.etag(c)).body(ClueView.of(c));
    }

    @PostMapping
    @AgencyAdminsOnly
    @Operation(summary = "Transfer the clue of a submitted inspection (problem found) to a case-handling agency")
    public ResponseEntity<ClueView> transfer(@RequestBody ClueService.Body body) {
        ClueTransfer c = clues.transfer(body);
        return ResponseEntity.created(URI.create("/api/inspections/v1/clue-transfers/" + c.getId()))
                .eTag(Versions.etag(c)).body(ClueView.of(c));
    }

    @GetMapping("/{id}")
    @InspectionReaders
    @Operation(summary = "One clue: sender, receiver and supervisors of the region only (others 404)")
    public ResponseEntity<ClueView> get(@PathVariable String id) {
        return ok(clues.get(id));
    }

    @GetMapping
    @InspectionReaders
    @Operation(summary = "Clues sent or received by the caller's agency (direction SENT/RECEIVED), paged")
    public PageResponse<ClueView> list(@RequestParam(required = false) String direction,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(clues.list(direction, Paging.of(page, size, sort, Set.of("sentOn", "dueDate",
                "status"), Sort.by("sentOn"))), ClueView::of);
    }

    @PostMapping("/{id}/accept")
    @AgencyAdminsOnly
    @Operation(summary = "The receiving agency accepts the clue")
    public ResponseEntity<ClueView> accept(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(clues.answer(id, Versions.parse(ifMatch), true, null));
    }

    @PostMapping("/{id}/reject")
    @AgencyAdminsOnly
    @Operation(summary = "The receiving agency returns the clue with a reason")
    public ResponseEntity<ClueView> reject(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody(required = false) Answer body) {
        return ok(clues.answer(id, Versions.parse(ifMatch), false, body == null ? null : body.reason()));
    }
}
