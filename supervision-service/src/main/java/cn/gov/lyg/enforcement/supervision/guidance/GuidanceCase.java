package cn.gov.lyg.enforcement.supervision.guidance;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A guidance case 指导性案例 or typical case 典型案例 selected from a reviewed case file: proposed by a judicial bureau
 * (SELECTED), approved or rejected and published by the city bureau, withdrawn with a reason. The text (title,
 * summary, key points) is the bureau's; the file's agency, case and grade come from the review.
 */
@Document(GuidanceCase.COLLECTION)
public class GuidanceCase extends AggregateDocument {

    public static final String COLLECTION = "guidance_cases";

    @Id
    private String id;
    private GuidanceKind kind;
    private Lesson lesson;
    private String reviewId;
    private String caseId;
    private String agencyCode;
    private String regionCode;
    private String caseNo;
    private ItemType caseType;
    private ReviewGrade grade;
    private String score;
    private String title;
    private String summary;
    private List<String> keyPoints = new ArrayList<>();
    private GuidanceStatus status;
    private String selectedBy;
    private LocalDate selectedOn;
    private String decidedBy;
    private LocalDate decidedOn;
    private String decisionNote;
    private String publicationNo;
    private LocalDate publishedOn;
    private String withdrawnReason;
    private LocalDate withdrawnOn;

    protected GuidanceCase() {
    }

    /** The reviewed file a case is selected from. */
    public record Source(String reviewId, String caseId, String agencyCode, String regionCode, String caseNo,
                         ItemType caseType, ReviewGrade grade, String score, GuidanceRules.ReviewedFile file) {
    }

    public static GuidanceCase select(GuidanceKind kind, Lesson lesson, Source source, String title, String summary,
                                      List<String> keyPoints, String by, LocalDate on) {
        Lesson l = lesson == null ? Lesson.POSITIVE : lesson;
        List<String> codes = GuidanceRules.eligibility(kind, l, source.file());
        if (!codes.isEmpty()) {
            throw ApiException.conflict("GUIDANCE_CASE_NOT_ELIGIBLE", String.join(", ", codes))
                    .with("reasons", codes);
        }
        GuidanceCase g = new GuidanceCase();
        g.id = UUID.randomUUID().toString();
        g.kind = kind;
        g.lesson = l;
        g.reviewId = source.reviewId();
        g.caseId = source.caseId();
        g.agencyCode = source.agencyCode();
        g.regionCode = source.regionCode();
        g.caseNo = source.caseNo();
        g.caseType = source.caseType();
        g.grade = source.grade();
        g.score = source.score();
        g.title = title.trim();
        g.summary = summary.trim();
        g.keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        g.status = GuidanceStatus.SELECTED;
        g.selectedBy = by;
        g.selectedOn = on;
        g.audit("GUIDANCE_CASE_SELECTED", Map.of("kind", kind.name(), "lesson", l.name(), "reviewId", g.reviewId));
        return g;
    }

    public void approve(boolean approved, String note, String by, LocalDate on) {
        require(GuidanceStatus.SELECTED, approved ? "approve" : "reject");
        if (!approved && (note == null || note.isBlank())) {
            throw ApiException.invalid("REJECTION_REASON_REQUIRED",
                    List.of(FieldViolation.of("note", "REJECTION_REASON_REQUIRED")));
        }
        status = approved ? GuidanceStatus.APPROVED : GuidanceStatus.REJECTED;
        decidedBy = by;
        decidedOn = on;
        decisionNote = note;
        audit(approved ? "GUIDANCE_CASE_APPROVED" : "GUIDANCE_CASE_REJECTED", Map.of("by", by));
    }

    public void publish(String publicationNo, String by, LocalDate on) {
        require(GuidanceStatus.APPROVED, "publish");
        this.publicationNo = publicationNo;
        this.publishedOn = on;
        status = GuidanceStatus.PUBLISHED;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("by", by);
        details.put("on", on.toString());
        if (publicationNo != null) {
            details.put("publicationNo", publicationNo);
        }
        audit("GUIDANCE_CASE_PUBLISHED", details);
    }

    public void withdraw(String reason, String by, LocalDate on) {
        require(GuidanceStatus.PUBLISHED, "withdraw");
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("WITHDRAWAL_REASON_REQUIRED",
                    List.of(FieldViolation.of("reason", "WITHDRAWAL_REASON_REQUIRED")));
        }
        status = GuidanceStatus.WITHDRAWN;
        withdrawnReason = reason.trim();
        withdrawnOn = on;
        audit("GUIDANCE_CASE_WITHDRAWN", Map.of("by", by, "reason", withdrawnReason));
    }

    private void require(GuidanceStatus expected, String action) {
        if (status != expected) {
            throw new InvalidTransitionException("GuidanceCase", status, action, List.of(expected.name()));
        }
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "GuidanceCase";
    }

    public String getId() { return id; }
    public GuidanceKind getKind() { return kind; }
    public Lesson getLesson() { return lesson; }
    public String getReviewId() { return reviewId; }
    public String getCaseId() { return caseId; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getCaseNo() { return caseNo; }
    public ItemType getCaseType() { return caseType; }
    public ReviewGrade getGrade() { return grade; }
    public String getScore() { return score; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public List<String> getKeyPoints() { return List.copyOf(keyPoints); }
    public GuidanceStatus getStatus() { return status; }
    public String getSelectedBy() { return selectedBy; }
    public LocalDate getSelectedOn() { return selectedOn; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecisionNote() { return decisionNote; }
    public String getPublicationNo() { return publicationNo; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
}
