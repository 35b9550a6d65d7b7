package cn.gov.lyg.enforcement.catalog.lawchange;

import cn.gov.lyg.enforcement.events.vocabulary.LawChangeType;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/catalog/v1/law-changes}: 立改废 records and the items they flagged for review. */
@RestController
@RequestMapping("/api/catalog/v1/law-changes")
@Tag(name = "law-changes", description = "立改废 law changes")
public class LawChangeController {

    private final LawChangeService changes;

    public LawChangeController(LawChangeService changes) {
        this.changes = changes;
    }

    @PostMapping
    @CatalogAdminsOnly
    @Operation(summary = "Record a law change; every ACTIVE item citing the provision is flagged for review")
    public ResponseEntity<View> record(@Valid @RequestBody LawChangeService.Command command) {
        LawChange change = changes.record(command);
        return ResponseEntity.created(URI.create("/api/catalog/v1/law-changes/" + change.getId()))
                .body(View.of(change));
    }

    @PostMapping("/{id}/resume")
    @CatalogAdminsOnly
    @Operation(summary = "Finish flagging the items of an interrupted law change (idempotent)")
    public View resume(@PathVariable String id) {
        return View.of(changes.resume(id));
    }

    @GetMapping("/{id}")
    @Authenticated
    public View get(@PathVariable String id) {
        return View.of(changes.get(id));
    }

    @GetMapping
    @Authenticated
    public PageResponse<View> list(@RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, Set.of("effectiveDate", "lawName", "createdAt"),
                Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(changes.list(pageable), View::of);
    }

    /** API representation of a law change. */
    public record View(String id, String lawName, String article, LawChangeType changeType, String changeTypeName,
                       LocalDate effectiveDate, String note, List<String> affectedItemIds,
                       List<String> flaggedItemIds, boolean completed, String createdBy) {

        static View of(LawChange c) {
            return new View(c.getId(), c.getLawName(), c.getArticle(), c.getChangeType(),
                    c.getChangeType().displayName(), c.getEffectiveDate(), c.getNote(), c.getAffectedItemIds(),
                    c.getFlaggedItemIds(), c.isCompleted(), c.getCreatedBy());
        }
    }
}
