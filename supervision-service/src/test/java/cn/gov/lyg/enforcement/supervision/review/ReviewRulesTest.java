package cn.gov.lyg.enforcement.supervision.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.supervision.review.ReviewRules.Reviewer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    @Test
    void reviewersFromOtherAgenciesAndSpecialSupervisorsMayReview() {
        assertThatCode(() -> ReviewRules.checkAssignment("AG1",
                List.of(new Reviewer("r1", "AG2"), new Reviewer("s1", null)))).doesNotThrowAnyException();
    }

    @Test
    void aReviewerNeverReviewsTheirOwnAgencysFile() {
        assertThatThrownBy(() -> ReviewRules.checkAssignment("AG1",
                List.of(new Reviewer("r1", "AG2"), new Reviewer("r2", "AG1"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("REVIEWER_CONFLICT");
                    assertThat(e.status().value()).isEqualTo(409);
                });
    }

    @Test
    void atLeastTwoDistinctReviewers() {
        assertThatThrownBy(() -> ReviewRules.checkAssignment("AG1",
                List.of(new Reviewer("r1", "AG2"), new Reviewer("r1", "AG2"))))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("REVIEWERS_TOO_FEW"));
    }

    @Test
    void onlyAssignedReviewersScore() {
        assertThatCode(() -> ReviewRules.checkAssigned(Set.of("r1", "r2"), "r2")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReviewRules.checkAssigned(Set.of("r1", "r2"), "r3"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status().value()).isEqualTo(403));
    }
}
