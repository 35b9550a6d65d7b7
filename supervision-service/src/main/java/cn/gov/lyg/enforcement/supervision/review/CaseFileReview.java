package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.supervision.CaseFileReviewCompleted;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import cn.gov.lyg.enforcement.supervision.review.ReviewRules.Reviewer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 案卷评查 of one sampled closed case file (DOMAIN.md §2.5.1): assigned to at least two reviewers, none from the file's
 * agency; scored against the batch's template version by an assigned reviewer (re-scored while the batch is open); a
 * veto hit makes it UNQUALIFIED with score 0 whatever the deductions. Publication of the batch makes the result final
 * and raises {@link CaseFileReviewCompleted}; a file with problems or UNQUALIFIED then needs a rectification by a
 * working-day due date, reported by the agency and verified by the bureau.
 */
@Document(CaseFileReview.COLLECTION)
public class CaseFileReview extends AggregateDocument {

    public static final String COLLECTION = "case_file_reviews";

    @Id
    private String id;
    private String batchId;
    private String caseId;
    private String regionCode;
    private String agencyCode;
    private String caseNo;
    private ItemType caseType;
    private String templateId;
    private int templateVersion;
    private List<Reviewer> reviewers = new ArrayList<>();
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
    private LocalDate scoredOn;
    private Instant scoredAt;
    private LocalDate publishedOn;
    private ReviewRectification rectification;
    /** Copied from the rectification for indexed queries (overdue follow-up). */
    private ReviewRectification.Status rectificationStatus;
    private LocalDate rectificationDueOn;

    protected CaseFileReview() {
    }

    public static String idOf(String batchId, String caseId) {
        return batchId + ":" + caseId;
    }

    /** Assigns a sampled file; the template must apply to the case type, the reviewers must pass recusal. */
    public static CaseFileReview assign(String batchId, String regionCode, String agencyCode, String caseNo,
                                        ItemType caseType, ReviewScoringTemplate template, List<Reviewer> reviewers) {
        if (!template.appliesTo(caseType)) {
            throw ApiException.badRequest("REVIEW_TEMPLATE_NOT_APPLICABLE", template.templateId(), caseType);
        }
        ReviewRules.checkAssignment(agencyCode, reviewers);
        CaseFileReview r = new CaseFileReview();
        r.caseId = agencyCode + ":" + caseNo;
        r.id = idOf(batchId, r.caseId);
        r.batchId = batchId;
        r.regionCode = regionCode;
        r.agencyCode = agencyCode;
        r.caseNo = caseNo;
        r.caseType = caseType;
        r.templateId = template.templateId();
        r.templateVersion = template.version();
        r.reviewers = List.copyOf(reviewers);
        r.reviewerIds = new LinkedHashSet<>(ReviewRules.ids(reviewers));
        r.status = ReviewStatus.ASSIGNED;
        r.audit("ASSIGNED", Map.of("reviewers", List.copyOf(r.reviewerIds)));
        return r;
    }

    /**
     * Scores the file. Only an assigned reviewer scores ({@code REVIEWER_NOT_ASSIGNED}), never one of the file's own
     * agency ({@code REVIEWER_CONFLICT}); the template must be the version the file was assigned with
     * ({@code REVIEW_TEMPLATE_MISMATCH}); a file with problems found, or UNQUALIFIED, requires rectification.
     */
    public ScoreResult score(Reviewer scorer, ReviewScoringTemplate template, List<FileFinding> findings,
                             List<String> problems, LocalDate scoredOn, Instant now) {
        if (status == ReviewStatus.FINAL) {
            throw new InvalidTransitionException("CaseFileReview", status, "score",
                    List.of(ReviewStatus.ASSIGNED.name(), ReviewStatus.SCORED.name()));
        }
        ReviewRules.checkAssigned(reviewerIds, scorer.reviewerId());
        ReviewRules.checkRecusal(agencyCode, scorer);
        if (!template.templateId().equals(templateId) || template.version() != templateVersion) {
            throw ApiException.conflict("REVIEW_TEMPLATE_MISMATCH", templateId, templateVersion);
        }
        ScoreResult result = template.score(findings == null ? List.of() : findings);
        this.findings = findings == null ? List.of() : List.copyOf(findings);
        this.vetoHits = result.vetoHits();
        this.deductions = result.deductions();
        this.score = result.score();
        this.grade = result.grade();
        this.problems = problems == null ? List.of()
                : problems.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
        this.rectificationRequired = grade == ReviewGrade.UNQUALIFIED || !this.problems.isEmpty();
        this.scoredBy = scorer.reviewerId();
        this.scoredOn = scoredOn;
        this.scoredAt = now;
        this.status = ReviewStatus.SCORED;
        audit("SCORED", Map.of("score", score.toPlainString(), "grade", grade.name(), "by", scorer.reviewerId()));
        return result;
    }

    /**
     * Publication of the batch freezes the result and raises {@link CaseFileReviewCompleted}; a file needing
     * rectification gets its due date. Returns false for a file already final (publication repeated after a crash).
     */
    public boolean finalise(LocalDate publishedOn, LocalDate rectificationDueOn, Instant now) {
        if (status == ReviewStatus.FINAL) {
            return false;
        }
        if (status != ReviewStatus.SCORED) {
            throw new InvalidTransitionException("CaseFileReview", status, "finalise", List.of(ReviewStatus.SCORED.name()));
        }
        status = ReviewStatus.FINAL;
        this.publishedOn = publishedOn;
        if (rectificationRequired) {
            setRectification(ReviewRectification.required(rectificationDueOn));
        }
        raise(new CaseFileReviewCompleted(UUID.randomUUID().toString(),
                OffsetDateTime.ofInstant(now, WorkingDayCalendar.ZONE), id, nextVersion(), regionCode, batchId,
                templateId, templateVersion, agencyCode, caseNo, caseType.name(), score.toPlainString(), grade.name(),
                List.copyOf(vetoHits), List.copyOf(problems), rectificationRequired));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("publishedOn", publishedOn.toString());
        if (rectificationRequired) {
            details.put("rectificationDueOn", String.valueOf(rectificationDueOn));
        }
        audit("FINALISED", details);
        return true;
    }

    /** The agency reports its rectification (after the due day: marked late). */
    public void submitRectification(String report, LocalDate submittedOn, String by) {
        if (rectification == null || rectification.status() != ReviewRectification.Status.REQUIRED) {
            throw new InvalidTransitionException("ReviewRectification",
                    rectification == null ? "NONE" : rectification.status(), "rectification",
                    List.of(ReviewRectification.Status.REQUIRED.name()));
        }
        if (report == null || report.isBlank()) {
            throw ApiException.invalid("RECTIFICATION_REPORT_REQUIRED",
                    List.of(FieldViolation.of("report", "RECTIFICATION_REPORT_REQUIRED")));
        }
        ReviewRectification r = rectification;
        setRectification(new ReviewRectification(ReviewRectification.Status.SUBMITTED, r.dueOn(), report.trim(),
                submittedOn, by, submittedOn.isAfter(r.dueOn()), null, null, null, r.round()));
        audit("RECTIFICATION_SUBMITTED", Map.of("on", submittedOn.toString(), "late", rectification.late()));
    }

    /**
     * The bureau verifies the reported rectification: ok closes it; not ok requires it again by {@code newDueOn}
     * (required, after the verification day: {@code RECTIFICATION_DUE_INVALID}).
     */
    public void verifyRectification(boolean ok, String note, LocalDate newDueOn, LocalDate verifiedOn, String by) {
        if (rectification == null || rectification.status() != ReviewRectification.Status.SUBMITTED) {
            throw new InvalidTransitionException("ReviewRectification",
                    rectification == null ? "NONE" : rectification.status(), "verify",
                    List.of(ReviewRectification.Status.SUBMITTED.name()));
        }
        ReviewRectification r = rectification;
        if (ok) {
            setRectification(new ReviewRectification(ReviewRectification.Status.VERIFIED, r.dueOn(), r.report(),
                    r.submittedOn(), r.submittedBy(), r.late(), verifiedOn, by, note, r.round()));
        } else {
            if (newDueOn == null || !newDueOn.isAfter(verifiedOn)) {
                throw ApiException.invalid("RECTIFICATION_DUE_INVALID",
                        List.of(FieldViolation.of("newDueOn", "RECTIFICATION_DUE_INVALID")));
            }
            setRectification(new ReviewRectification(ReviewRectification.Status.REQUIRED, newDueOn, null, null, null,
                    false, verifiedOn, by, note, r.round() + 1));
        }
        audit("RECTIFICATION_VERIFIED", Map.of("ok", ok, "on", verifiedOn.toString()));
    }

    private void setRectification(ReviewRectification r) {
        rectification = r;
        rectificationStatus = r.status();
        rectificationDueOn = r.dueOn();
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
    public String getCaseId() { return caseId; }
    public String getRegionCode() { return regionCode; }
    public String getAgencyCode() { return agencyCode; }
    public String getCaseNo() { return caseNo; }
    public ItemType getCaseType() { return caseType; }
    public String getTemplateId() { return templateId; }
    public int getTemplateVersion() { return templateVersion; }
    public List<Reviewer> getReviewers() { return reviewers == null ? List.of() : List.copyOf(reviewers); }
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
    public LocalDate getScoredOn() { return scoredOn; }
    public Instant getScoredAt() { return scoredAt; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public ReviewRectification getRectification() { return rectification; }
}
