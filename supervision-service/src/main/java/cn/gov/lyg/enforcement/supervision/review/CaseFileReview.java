package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.supervision.CaseFileReviewCompleted;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import cn.gov.lyg.enforcement.supervision.review.ReviewRules.Reviewer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 案卷评查 of one sampled closed case file (DOMAIN.md §2.5.1): assigned to at least two reviewers, none from the file's
 * agency; scored against the batch's template version by an assigned reviewer; a veto hit makes it UNQUALIFIED with
 * score 0 whatever the deductions. Each scoring raises {@link CaseFileReviewCompleted}.
 */
@Document(CaseFileReview.COLLECTION)
public class CaseFileReview extends AggregateDocument {

    public static final String COLLECTION = "case_file_reviews";

    @Id
    private String id;
    private String batchId;
    private String regionCode;
    private String agencyCode;
    private String caseNo;
    private ItemType caseType;
    private String templateId;
    private int templateVersion;
    private Set<String> reviewerIds = new LinkedHashSet<>();
    private ReviewStatus status;
    private List<FileFinding> findings = new ArrayList<>();
    private List<String> vetoHits = new ArrayList<>();
    private List<ScoreResult.ItemDeduction> deductions = new ArrayList<>();
    private BigDecimal score;
    private ReviewGrade grade;
    private List<String> problems = new ArrayList<>();
    private boolean rectificationRequired;
    private String scoredBy;
    private Instant scoredAt;

    protected CaseFileReview() {
    }

    /** Assigns a sampled file; the template must apply to the case type, the reviewers must pass recusal. */
    public static CaseFileReview assign(String batchId, String regionCode, String agencyCode, String caseNo,
                                        ItemType caseType, ReviewScoringTemplate template, List<Reviewer> reviewers) {
        if (!template.appliesTo(caseType)) {
            throw ApiException.badRequest("REVIEW_TEMPLATE_NOT_APPLICABLE", template.templateId(), caseType);
        }
        ReviewRules.checkAssignment(agencyCode, reviewers);
        CaseFileReview r = new CaseFileReview();
        r.id = batchId + ":" + agencyCode + ":" + caseNo;
        r.batchId = batchId;
        r.regionCode = regionCode;
        r.agencyCode = agencyCode;
        r.caseNo = caseNo;
        r.caseType = caseType;
        r.templateId = template.templateId();
        r.templateVersion = template.version();
        r.reviewerIds = new LinkedHashSet<>(ReviewRules.ids(reviewers));
        r.status = ReviewStatus.ASSIGNED;
        r.audit("ASSIGNED", Map.of("reviewers", List.copyOf(r.reviewerIds)));
        return r;
    }

    /**
     * Scores the file. The template must be the version the file was assigned with ({@code REVIEW_TEMPLATE_MISMATCH});
     * a file with problems found, or UNQUALIFIED, requires rectification.
     */
    public ScoreResult score(String reviewerId, ReviewScoringTemplate template, List<FileFinding> findings,
                             List<String> problems, Instant now) {
        if (status == ReviewStatus.FINAL) {
            throw new InvalidTransitionException("CaseFileReview", status, "score",
                    List.of(ReviewStatus.ASSIGNED.name(), ReviewStatus.SCORED.name()));
        }
        ReviewRules.checkAssigned(reviewerIds, reviewerId);
        if (!template.templateId().equals(templateId) || template.version() != templateVersion) {
            throw ApiException.conflict("REVIEW_TEMPLATE_MISMATCH", templateId, templateVersion);
        }
        ScoreResult result = template.score(findings);
        this.findings = List.copyOf(findings);
        this.vetoHits = result.vetoHits();
        this.deductions = result.deductions();
        this.score = result.score();
        this.grade = result.grade();
        this.problems = problems == null ? List.of() : problems.stream().filter(p -> p != null && !p.isBlank()).toList();
        this.rectificationRequired = grade == ReviewGrade.UNQUALIFIED || !this.problems.isEmpty();
        this.scoredBy = reviewerId;
        this.scoredAt = now;
        this.status = ReviewStatus.SCORED;
        raise(new CaseFileReviewCompleted(UUID.randomUUID().toString(),
                OffsetDateTime.ofInstant(now, WorkingDayCalendar.ZONE), id, nextVersion(), regionCode, batchId,
                templateId, templateVersion, agencyCode, caseNo, caseType.name(), score.toPlainString(), grade.name(),
                List.copyOf(vetoHits), List.copyOf(this.problems), rectificationRequired));
        audit("SCORED", Map.of("score", score.toPlainString(), "grade", grade.name(), "by", reviewerId));
        return result;
    }

    /** Publication of the batch freezes the result. */
    public void finalise() {
        if (status != ReviewStatus.SCORED) {
            throw new InvalidTransitionException("CaseFileReview", status, "finalise", List.of(ReviewStatus.SCORED.name()));
        }
        status = ReviewStatus.FINAL;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "CaseFileReview";
    }

    public String getId() { return id; }
    public String getBatchId() { return batchId; }
    public String getRegionCode() { return regionCode; }
    public String getAgencyCode() { return agencyCode; }
    public String getCaseNo() { return caseNo; }
    public ItemType getCaseType() { return caseType; }
    public String getTemplateId() { return templateId; }
    public int getTemplateVersion() { return templateVersion; }
    public Set<String> getReviewerIds() { return Set.copyOf(reviewerIds); }
    public ReviewStatus getStatus() { return status; }
    public List<FileFinding> getFindings() { return List.copyOf(findings); }
    public List<String> getVetoHits() { return List.copyOf(vetoHits); }
    public List<ScoreResult.ItemDeduction> getDeductions() { return List.copyOf(deductions); }
    public BigDecimal getScore() { return score; }
    public ReviewGrade getGrade() { return grade; }
    public List<String> getProblems() { return List.copyOf(problems); }
    public boolean isRectificationRequired() { return rectificationRequired; }
    public String getScoredBy() { return scoredBy; }
    public Instant getScoredAt() { return scoredAt; }
}
