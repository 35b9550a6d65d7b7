package cn.gov.lyg.enforcement.supervision.guidance;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
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

/** {@code /api/supervision/v1/guidance-cases}: 指导性案例 and 典型案例 selected from reviewed case files. */
@RestController
@RequestMapping("/api/supervision/v1/guidance-cases")
@Tag(name = "guidance-cases", description = "指导性案例、典型案例: selection from reviewed files, approval, publication")
public class GuidanceController {

    static final Set<String> SORTABLE = Set.of("publishedOn", "selectedOn", "kind", "status");
    private static final String IF_MATCH = "If-Match";

    private final GuidanceService guidance;

    public GuidanceController(GuidanceService guidance) {
        this.guidance = guidance;
    }

    public record View(String id, long version, GuidanceKind kind, Lesson lesson, String reviewId, String caseId,
                       String agencyCode, String regionCode, String caseNo, ItemType caseType, ReviewGrade grade,
                       String score, String title, String summary, List<String> keyPoints, GuidanceStatus status,
                       String selectedBy, LocalDate selectedOn, String decidedBy, LocalDate decidedOn,
                       String decisionNote, String publicationNo, LocalDate publishedOn, String withdrawnReason,
                       LocalDate withdrawnOn) {

        static View of(GuidanceCase g) {
            return new View(g.getId(), g.getVersion() == null ? 0 : g.getVersion(), g.getKind(), g.getLesson(),
                    g.getReviewId(), g.getCaseId(), g.getAgencyCode(), g.getRegionCode(), g.getCaseNo(),
                    g.getCaseType(), g.getGrade(), g.getScore(), g.getTitle(), g.getSummary(), g.getKeyPoints(),
                    g.getStatus(), g.getSelectedBy(), g.getSelectedOn(), g.getDecidedBy(), g.getDecidedOn(),
                    g.getDecisionNote(), g.getPublicationNo(), g.getPublishedOn(), g.getWithdrawnReason(),
                    g.getWithdrawnOn());
        }
    }

    @SupervisorsOnly
    @PostMapping
    @Operation(summary = "Select a reviewed file (final result) as a guidance or typical case")
    public ResponseEntity<View> select(@RequestBody(required = false) GuidanceCommands.Select body) {
        GuidanceCase g = guidance.select(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/guidance-cases/" + g.getId()))
                .eTag(Versions.etag(g)).body(View.of(g));
    }

    @Authenticated
    @GetMapping
    @Operation(summary = "Published cases for everybody; supervisors also see their region's selections")
    public PageResponse<View> search(@RequestParam(required = false) GuidanceKind kind,
                                     @RequestParam(required = false) GuidanceStatus status,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "publishedOn").and(Sort.by("_id")));
        return PageResponse.of(guidance.search(kind, status, pageable), View::of);
    }

    @Authenticated
    @GetMapping("/{id}")
    public ResponseEntity<View> get(@PathVariable String id) {
        GuidanceCase g = guidance.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(g)).body(View.of(g));
    }

    @CitySupervisorsOnly
    @PostMapping("/{id}/decision")
    @Operation(summary = "The city bureau approves or rejects (with a reason) a selection")
    public ResponseEntity<View> decide(@PathVariable String id,
                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                       @RequestBody(required = false) GuidanceCommands.Decide body) {
        return respond(guidance.decide(id, Versions.parse(ifMatch), body));
    }

    @CitySupervisorsOnly
    @PostMapping("/{id}/publish")
    public ResponseEntity<View> publish(@PathVariable String id,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                        @RequestBody(required = false) GuidanceCommands.Publish body) {
        return respond(guidance.publish(id, Versions.parse(ifMatch), body));
    }

    @CitySupervisorsOnly
    @PostMapping("/{id}/withdraw")
    public ResponseEntity<View> withdraw(@PathVariable String id,
                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                         @RequestBody(required = false) GuidanceCommands.Withdraw body) {
        return respond(guidance.withdraw(id, Versions.parse(ifMatch), body));
    }

    private static ResponseEntity<View> respond(GuidanceCase g) {
        return ResponseEntity.ok().eTag(Versions.etag(g)).body(View.of(g));
    }
}
