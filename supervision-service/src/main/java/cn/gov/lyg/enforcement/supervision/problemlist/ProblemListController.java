package cn.gov.lyg.enforcement.supervision.problemlist;

import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervisors;
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

/** {@code /api/supervision/v1/problem-lists}: 突出问题清单 / 专项整治 per agency with rectification status. */
@RestController
@RequestMapping("/api/supervision/v1/problem-lists")
@Tag(name = "problem-lists", description = "突出问题清单、专项整治 with rectification status")
public class ProblemListController {

    static final Set<String> SORTABLE = Set.of("year", "agencyCode", "createdAt");

    private final ProblemListService lists;

    public ProblemListController(ProblemListService lists) {
        this.lists = lists;
    }

    /** A list with its progress as of {@code asOf}. */
    public record View(String id, long version, String title, String campaign, int year, String issuerAgencyCode,
                       String agencyCode, String regionCode, List<ProblemList.Item> items, boolean closed,
                       LocalDate asOf, ProblemList.Progress progress) {

        static View of(ProblemList p, LocalDate asOf) {
            return new View(p.getId(), p.getVersion() == null ? 0 : p.getVersion(), p.getTitle(), p.getCampaign(),
                    p.getYear(), p.getIssuerAgencyCode(), p.getAgencyCode(), p.getRegionCode(), p.getItems(),
                    p.isClosed(), asOf, p.progress(asOf));
        }
    }

    @SupervisorsOnly
    @PostMapping
    @Operation(summary = "A judicial bureau sets an agency's problem list")
    public ResponseEntity<View> create(@RequestBody(required = false) ProblemListService.Create body) {
        ProblemList p = lists.create(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/problem-lists/" + p.getId()))
                .eTag(Versions.etag(p)).body(View.of(p, lists.today()));
    }

    @AgencyUsersOrSupervisors
    @GetMapping
    public PageResponse<View> search(@RequestParam(required = false) String agencyCode,
                                     @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) LocalDate asOf,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt"));
        LocalDate day = asOf != null ? asOf : lists.today();
        return PageResponse.of(lists.search(agencyCode, year, pageable), p -> View.of(p, day));
    }

    @AgencyUsersOrSupervisors
    @GetMapping("/{id}")
    public ResponseEntity<View> get(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        ProblemList p = lists.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(p)).body(View.of(p, asOf != null ? asOf : lists.today()));
    }

    @AgencyManagement
    @PostMapping("/{id}/items/{itemNo}/rectification")
    @Operation(summary = "The agency reports the rectification of one problem")
    public ResponseEntity<View> rectify(@PathVariable String id, @PathVariable int itemNo,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @RequestBody(required = false) ProblemListService.Rectify body) {
        ProblemList p = lists.rectify(id, itemNo, Versions.parse(ifMatch), body);
        return ResponseEntity.ok().eTag(Versions.etag(p)).body(View.of(p, lists.today()));
    }

    @SupervisorsOnly
    @PostMapping("/{id}/items/{itemNo}/verify")
    @Operation(summary = "The bureau verifies one problem's rectification")
    public ResponseEntity<View> verify(@PathVariable String id, @PathVariable int itemNo,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @RequestBody(required = false) ProblemListService.Verify body) {
        ProblemList p = lists.verify(id, itemNo, Versions.parse(ifMatch), body);
        return ResponseEntity.ok().eTag(Versions.etag(p)).body(View.of(p, lists.today()));
    }
}
