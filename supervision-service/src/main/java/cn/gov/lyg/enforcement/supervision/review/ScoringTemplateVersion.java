package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a scoring template 评查表 held as data and managed by the city bureau: edited as a DRAFT, then
 * APPROVED, after which it never changes ({@code IMMUTABLE_RECORD}); a change is a new version. Batches use approved
 * versions only. The content is checked by {@link ReviewScoringTemplate} on every edit.
 */
@Document(ScoringTemplateVersion.COLLECTION)
public class ScoringTemplateVersion extends AggregateDocument {

    public static final String COLLECTION = "review_templates";

    @Id
    private String id;
    private String templateId;
    private int templateVersion;
    private String name;
    private TemplateStatus status;
    private Set<ItemType> applicableCaseTypes;
    private BigDecimal fullScore;
    private List<ReviewTemplateItem> items = new ArrayList<>();
    private List<GradeBand> gradeBands = new ArrayList<>();
    private String approvedBy;
    private Instant approvedAt;

    protected ScoringTemplateVersion() {
    }

    public static String idOf(String templateId, int version) {
        return templateId + ":" + version;
    }

    /** A new draft version; the content must make a valid template ({@code REVIEW_TEMPLATE_INVALID}). */
    public static ScoringTemplateVersion draft(String name, ReviewScoringTemplate content) {
        ScoringTemplateVersion t = new ScoringTemplateVersion();
        t.id = idOf(content.templateId(), content.version());
        t.templateId = content.templateId();
        t.templateVersion = content.version();
        t.status = TemplateStatus.DRAFT;
        t.apply(name, content);
        t.audit("TEMPLATE_DRAFTED", Map.of("version", content.version()));
        return t;
    }

    /** The shipped default (DOMAIN.md §2.5.1 [ASM]), approved, until the client supplies the DB32/T 4181 tables. */
    public static ScoringTemplateVersion seeded(ReviewScoringTemplate content, String name, Instant now) {
        ScoringTemplateVersion t = draft(name, content);
        t.status = TemplateStatus.APPROVED;
        t.approvedBy = "system";
        t.approvedAt = now;
        return t;
    }

    /** Replaces the content of a draft; an approved or retired version is immutable. */
    public void revise(String name, ReviewScoringTemplate content) {
        if (status != TemplateStatus.DRAFT) {
            throw ApiException.conflict("IMMUTABLE_RECORD");
        }
        apply(name, content);
        audit("TEMPLATE_REVISED", Map.of("version", templateVersion));
    }

    public void approve(String by, Instant now) {
        if (status != TemplateStatus.DRAFT) {
            throw new InvalidTransitionException("ScoringTemplateVersion", status, "approve",
                    List.of(TemplateStatus.DRAFT.name()));
        }
        template();
        status = TemplateStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
        audit("TEMPLATE_APPROVED", Map.of("version", templateVersion, "by", by));
    }

    /** An approved version replaced by a newer one: existing batches keep it, new batches cannot choose it. */
    public void retire() {
        if (status != TemplateStatus.APPROVED) {
            throw new InvalidTransitionException("ScoringTemplateVersion", status, "retire",
                    List.of(TemplateStatus.APPROVED.name()));
        }
        status = TemplateStatus.RETIRED;
        audit("TEMPLATE_RETIRED", Map.of("version", templateVersion));
    }

    private void apply(String name, ReviewScoringTemplate content) {
        this.name = name;
        this.applicableCaseTypes = Set.copyOf(content.applicableCaseTypes());
        this.fullScore = content.fullScore();
        this.items = List.copyOf(content.items());
        this.gradeBands = List.copyOf(content.gradeBands());
    }

    /** The content as a scoring template. */
    public ReviewScoringTemplate template() {
        return new ReviewScoringTemplate(templateId, templateVersion, applicableCaseTypes, fullScore, items,
                gradeBands);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "ScoringTemplateVersion";
    }

    public String getId() { return id; }
    public String getTemplateId() { return templateId; }
    public int getTemplateVersion() { return templateVersion; }
    public String getName() { return name; }
    public TemplateStatus getStatus() { return status; }
    public Set<ItemType> getApplicableCaseTypes() { return applicableCaseTypes; }
    public BigDecimal getFullScore() { return fullScore; }
    public List<ReviewTemplateItem> getItems() { return items; }
    public List<GradeBand> getGradeBands() { return gradeBands; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
}
