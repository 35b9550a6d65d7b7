package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.security.policy.CaseFileReviewReaders;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import cn.gov.lyg.enforcement.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
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

/** {@code /api/supervision/v1/review-templates}: versioned scoring templates 评查表 (the city bureau manages them). */
@RestController
@RequestMapping("/api/supervision/v1/review-templates")
@Tag(name = "review-templates", description = "评查表: versioned case-file review templates (veto items, deductions, grades)")
public class ReviewTemplateController {

    static final Set<String> SORTABLE = Set.of("templateId", "templateVersion", "status");
    private static final String IF_MATCH = "If-Match";

    private final ReviewTemplateService templates;

    public ReviewTemplateController(ReviewTemplateService templates) {
        this.templates = templates;
    }

    /** A template version as answered. */
    public record View(String templateId, int version, long documentVersion, String name, TemplateStatus status,
                       Set<ItemType> applicableCaseTypes, BigDecimal fullScore, List<ReviewTemplateItem> items,
                       List<GradeBand> gradeBands, String approvedBy, Instant approvedAt) {

        static View of(ScoringTemplateVersion t) {
            return new View(t.getTemplateId(), t.getTemplateVersion(), t.getVersion() == null ? 0 : t.getVersion(),
                    t.getName(), t.getStatus(), t.getApplicableCaseTypes(), t.getFullScore(), t.getItems(),
                    t.getGradeBands(), t.getApprovedBy(), t.getApprovedAt());
        }
    }

    @CitySupervisorsOnly
    @PostMapping
    @Operation(summary = "Draft the next version of a template (a new template when the id is new)")
    public ResponseEntity<View> draft(@RequestBody(required = false) TemplateCommands.Draft body) {
        ScoringTemplateVersion t = templates.draft(body);
        return ResponseEntity.created(URI.create("/api/supervision/v1/review-templates/" + t.getTemplateId()
                + "/versions/" + t.getTemplateVersion())).eTag(Versions.etag(t)).body(View.of(t));
    }

    @CaseFileReviewReaders
    @GetMapping
    @Operation(summary = "Template versions (paged)")
    public PageResponse<View> search(@RequestParam(required = false) String templateId,
                                     @RequestParam(required = false) TemplateStatus status,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("templateId", "templateVersion"));
        return PageResponse.of(templates.search(templateId, status, pageable), View::of);
    }

    @CaseFileReviewReaders
    @GetMapping("/{templateId}/versions/{version}")
    public ResponseEntity<View> get(@PathVariable String templateId, @PathVariable int version) {
        ScoringTemplateVersion t = templates.get(templateId, version);
        return ResponseEntity.ok().eTag(Versions.etag(t)).body(View.of(t));
    }

    @CitySupervisorsOnly
    @PutMapping("/{templateId}/versions/{version}")
    @Operation(summary = "Revise a draft version (an approved one is immutable: IMMUTABLE_RECORD)")
    public ResponseEntity<View> revise(@PathVariable String templateId, @PathVariable int version,
                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                       @RequestBody(required = false) TemplateCommands.Content body) {
        ScoringTemplateVersion t = templates.revise(templateId, version, Versions.parse(ifMatch), body);
        return ResponseEntity.ok().eTag(Versions.etag(t)).body(View.of(t));
    }

    @CitySupervisorsOnly
    @PostMapping("/{templateId}/versions/{version}/approve")
    @Operation(summary = "Approve a draft version; older approved versions of the template are retired")
    public ResponseEntity<View> approve(@PathVariable String templateId, @PathVariable int version,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        ScoringTemplateVersion t = templates.approve(templateId, version, Versions.parse(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(t)).body(View.of(t));
    }
}
