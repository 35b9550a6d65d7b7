package cn.gov.lyg.enforcement.supervision.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import cn.gov.lyg.enforcement.supervision.review.ReviewRules.Reviewer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Template versions as data: drafts change, approved versions never do; reviewer rotation with recusal. */
class ScoringTemplateVersionTest {

    static ReviewScoringTemplate content(String id, int version, String points) {
        ReviewScoringTemplate d = ReviewTemplates.defaultTemplate();
        return new ReviewScoringTemplate(id, version, Set.of(ItemType.PENALTY), d.fullScore(), List.of(
                ReviewTemplateItem.veto("V1", "基本标准", "人数", "执法人员少于 2 人"),
                ReviewTemplateItem.deduction("D1", "文书", "规范", "文书不规范", DeductionRule.PER_OCCURRENCE, points, "10")),
                ReviewTemplates.defaultBands());
    }

    @Test
    void aDraftIsRevisedUntilApprovedThenImmutable() {
        ScoringTemplateVersion t = ScoringTemplateVersion.draft("评查表", content("T", 1, "1"));
        t.revise("评查表（修订）", content("T", 1, "2"));
        assertThat(t.template().items().get(1).points()).isEqualByComparingTo("2");
        t.approve("city", Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(t.getStatus()).isEqualTo(TemplateStatus.APPROVED);
        assertThatThrownBy(() -> t.revise("x", content("T", 1, "3")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("IMMUTABLE_RECORD"));
        assertThatThrownBy(() -> t.approve("city", Instant.now())).isInstanceOf(InvalidTransitionException.class);
        t.retire();
        assertThat(t.getStatus()).isEqualTo(TemplateStatus.RETIRED);
        assertThat(t.template().items().get(1).points()).isEqualByComparingTo("2");
    }

    @Test
    void reviewersRotateAndNeverReviewTheirOwnAgency() {
        List<Reviewer> pool = List.of(new Reviewer("a1", "A"), new Reviewer("b1", "B"), new Reviewer("c1", "C"));
        assertThat(ReviewRules.rotate(pool, "A", 2, 0)).extracting(Reviewer::reviewerId).containsExactly("b1", "c1");
        assertThat(ReviewRules.rotate(pool, "X", 2, 2)).extracting(Reviewer::reviewerId).containsExactly("c1", "a1");
        assertThatThrownBy(() -> ReviewRules.rotate(List.of(new Reviewer("a1", "A"), new Reviewer("a2", "A"),
                new Reviewer("b1", "B")), "A", 2, 0)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("REVIEWERS_TOO_FEW"));
    }
}
