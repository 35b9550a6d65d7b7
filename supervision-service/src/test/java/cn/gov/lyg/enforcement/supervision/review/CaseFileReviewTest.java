package cn.gov.lyg.enforcement.supervision.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.supervision.CaseFileReviewCompleted;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import cn.gov.lyg.enforcement.supervision.review.ReviewRules.Reviewer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CaseFileReviewTest {

    private static final String HZ_MARKET = "11320706MB1234567X";
    private static final Instant NOW = Instant.parse("2025-11-03T02:00:00Z");
    private final ReviewScoringTemplate template = ReviewTemplates.defaultTemplate();

    private CaseFileReview assigned() {
        return CaseFileReview.assign("b-1", "320706", HZ_MARKET, "连海市监罚〔2025〕12号", ItemType.PENALTY, template,
                List.of(new Reviewer("r1", "113207003001000115"), new Reviewer("s1", null)));
    }

    private static final Reviewer R1 = new Reviewer("r1", "113207003001000115");
    private static final Reviewer S1 = new Reviewer("s1", null);
    private static final LocalDate DAY = LocalDate.of(2025, 11, 3);

    @Test
    void publicationRaisesACompletedEventThatMatchesTheSchemaAndStartsTheRectification() {
        CaseFileReview r = assigned();
        r.score(R1, template, List.of(new FileFinding("D07", 1, "送达回证缺签名", "p12")), List.of("送达不规范"), DAY, NOW);
        assertThat(r.getScore()).isEqualByComparingTo("98");
        assertThat(r.getGrade()).isEqualTo(ReviewGrade.EXCELLENT);
        assertThat(r.isRectificationRequired()).isTrue();
        assertThat(r.pendingEvents()).as("scoring is not completion").isEmpty();
        assertThat(r.finalise(DAY, DAY.plusDays(28), NOW)).isTrue();
        assertThat(r.finalise(DAY, DAY.plusDays(28), NOW)).as("a repeated publication changes nothing").isFalse();
        assertThat(r.getRectification().status()).isEqualTo(ReviewRectification.Status.REQUIRED);
        assertThat(r.getRectification().overdue(DAY.plusDays(28))).isFalse();
        assertThat(r.getRectification().overdue(DAY.plusDays(29))).isTrue();
        assertThat(r.pendingEvents()).hasSize(1);
        CaseFileReviewCompleted e = (CaseFileReviewCompleted) r.pendingEvents().get(0);
        assertThat(e.score()).isEqualTo("98.0");
        assertThat(e.templateVersion()).isEqualTo(1);
        assertThat(EventSchemas.validate(CaseFileReviewCompleted.class,
                JsonMapper.builder().build().valueToTree(e))).isEmpty();
    }

    @Test
    void aVetoHitFailsTheFileEvenWithoutDeductions() {
        CaseFileReview r = assigned();
        r.score(S1, template, List.of(new FileFinding("V05", 1, null, null)), List.of(), DAY, NOW);
        assertThat(r.getGrade()).isEqualTo(ReviewGrade.UNQUALIFIED);
        assertThat(r.getScore()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(r.isRectificationRequired()).isTrue();
        r.finalise(DAY, DAY.plusDays(20), NOW);
        assertThat(((CaseFileReviewCompleted) r.pendingEvents().get(0)).vetoHits()).containsExactly("V05");
    }

    @Test
    void theAgencyReportsTheRectificationAndTheBureauVerifiesIt() {
        CaseFileReview r = assigned();
        r.score(R1, template, List.of(new FileFinding("D02", 1, null, null)), List.of("依据引用不具体"), DAY, NOW);
        r.finalise(DAY, LocalDate.of(2025, 12, 1), NOW);
        assertThatThrownBy(() -> r.submitRectification(" ", LocalDate.of(2025, 11, 20), "a"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("RECTIFICATION_REPORT_REQUIRED"));
        r.submitRectification("已补正", LocalDate.of(2025, 12, 2), "hz-leader");
        assertThat(r.getRectification().late()).isTrue();
        assertThatThrownBy(() -> r.verifyRectification(false, "仍不规范", LocalDate.of(2025, 12, 3),
                LocalDate.of(2025, 12, 3), "b")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("RECTIFICATION_DUE_INVALID"));
        r.verifyRectification(false, "仍不规范", LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 3), "b");
        assertThat(r.getRectification().status()).isEqualTo(ReviewRectification.Status.REQUIRED);
        assertThat(r.getRectification().round()).isEqualTo(2);
        r.submitRectification("已重新整改", LocalDate.of(2025, 12, 10), "hz-leader");
        assertThat(r.getRectification().late()).isFalse();
        r.verifyRectification(true, null, null, LocalDate.of(2025, 12, 11), "b");
        assertThat(r.getRectification().status()).isEqualTo(ReviewRectification.Status.VERIFIED);
        assertThatThrownBy(() -> r.submitRectification("x", LocalDate.of(2025, 12, 12), "a"))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void recusalAndTemplateApplicabilityAreCheckedOnAssignment() {
        assertThatThrownBy(() -> CaseFileReview.assign("b-1", "320706", HZ_MARKET, "X", ItemType.PENALTY, template,
                List.of(new Reviewer("r1", HZ_MARKET), new Reviewer("r2", "113207003001000115"))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("REVIEWER_CONFLICT"));
        assertThatThrownBy(() -> CaseFileReview.assign("b-1", "320706", HZ_MARKET, "X", ItemType.INSPECTION, template,
                List.of(new Reviewer("r1", "A"), new Reviewer("r2", "B"))))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("REVIEW_TEMPLATE_NOT_APPLICABLE"));
    }

    @Test
    void onlyAssignedReviewersWithTheAssignedTemplateVersionScoreAndFinalResultsAreFrozen() {
        CaseFileReview r = assigned();
        assertThatThrownBy(() -> r.score(new Reviewer("x9", "B"), template, List.of(), List.of(), DAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("REVIEWER_NOT_ASSIGNED"));
        ReviewScoringTemplate v2 = new ReviewScoringTemplate(template.templateId(), 2, Set.of(ItemType.PENALTY),
                template.fullScore(), template.items(), template.gradeBands());
        assertThatThrownBy(() -> r.score(new Reviewer("r1", HZ_MARKET), template, List.of(), List.of(), DAY, NOW))
                .as("a reviewer of the file's own agency never scores it")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("REVIEWER_CONFLICT"));
        assertThatThrownBy(() -> r.score(R1, v2, List.of(), List.of(), DAY, NOW))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("REVIEW_TEMPLATE_MISMATCH"));
        assertThatThrownBy(() -> r.finalise(DAY, null, NOW)).isInstanceOf(InvalidTransitionException.class);
        r.score(R1, template, List.of(), List.of(), DAY, NOW);
        assertThat(r.isRectificationRequired()).isFalse();
        r.finalise(DAY, null, NOW);
        assertThat(r.getRectification()).isNull();
        assertThatThrownBy(() -> r.score(R1, template, List.of(), List.of(), DAY, NOW))
                .isInstanceOf(InvalidTransitionException.class);
    }
}
