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

    @Test
    void scoringRaisesACompletedEventThatMatchesTheSchema() {
        CaseFileReview r = assigned();
        r.score("r1", template, List.of(new FileFinding("D07", 1, "送达回证缺签名", "p12")), List.of("送达不规范"), NOW);
        assertThat(r.getScore()).isEqualByComparingTo("98");
        assertThat(r.getGrade()).isEqualTo(ReviewGrade.EXCELLENT);
        assertThat(r.isRectificationRequired()).isTrue();
        CaseFileReviewCompleted e = (CaseFileReviewCompleted) r.pendingEvents().get(0);
        assertThat(e.score()).isEqualTo("98.0");
        assertThat(e.templateVersion()).isEqualTo(1);
        assertThat(EventSchemas.validate(CaseFileReviewCompleted.class,
                JsonMapper.builder().build().valueToTree(e))).isEmpty();
    }

    @Test
    void aVetoHitFailsTheFileEvenWithoutDeductions() {
        CaseFileReview r = assigned();
        r.score("s1", template, List.of(new FileFinding("V05", 1, null, null)), List.of(), NOW);
        assertThat(r.getGrade()).isEqualTo(ReviewGrade.UNQUALIFIED);
        assertThat(r.getScore()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(r.isRectificationRequired()).isTrue();
        assertThat(((CaseFileReviewCompleted) r.pendingEvents().get(0)).vetoHits()).containsExactly("V05");
    }

    @Test
    void recusalAndTemplateApplicabilityAreCheckedOnAssignment() {
        assertThatThrownBy(() -> CaseFileReview.assign("b-1", "320706", HZ_MARKET, "X", ItemType.PENALTY, template,
                List.of(new Reviewer("r1", HZ_MARKET), new Reviewer("r2", "113207003001000115"))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("REVIEWER_RECUSAL"));
        assertThatThrownBy(() -> CaseFileReview.assign("b-1", "320706", HZ_MARKET, "X", ItemType.INSPECTION, template,
                List.of(new Reviewer("r1", "A"), new Reviewer("r2", "B"))))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("REVIEW_TEMPLATE_NOT_APPLICABLE"));
    }

    @Test
    void onlyAssignedReviewersWithTheAssignedTemplateVersionScoreAndFinalResultsAreFrozen() {
        CaseFileReview r = assigned();
        assertThatThrownBy(() -> r.score("x9", template, List.of(), List.of(), NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("REVIEWER_NOT_ASSIGNED"));
        ReviewScoringTemplate v2 = new ReviewScoringTemplate(template.templateId(), 2, Set.of(ItemType.PENALTY),
                template.fullScore(), template.items(), template.gradeBands());
        assertThatThrownBy(() -> r.score("r1", v2, List.of(), List.of(), NOW))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("REVIEW_TEMPLATE_MISMATCH"));
        assertThatThrownBy(r::finalise).isInstanceOf(InvalidTransitionException.class);
        r.score("r1", template, List.of(), List.of(), NOW);
        assertThat(r.isRectificationRequired()).isFalse();
        r.finalise();
        assertThatThrownBy(() -> r.score("r1", template, List.of(), List.of(), NOW))
                .isInstanceOf(InvalidTransitionException.class);
    }
}
