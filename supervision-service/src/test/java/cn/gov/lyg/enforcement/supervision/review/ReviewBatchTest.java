package cn.gov.lyg.enforcement.supervision.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewBatchTest {

    private final ReviewScoringTemplate template = ReviewTemplates.defaultTemplate();

    private ReviewBatch batch(long seed) {
        return ReviewBatch.draft("2025 年度行政处罚案卷评查", 2025, "320700", "113207003001000115",
                Set.of(ItemType.PENALTY), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), template,
                new SamplingSpec(SamplingMode.AUTO_TOTAL, 5, null, seed, null));
    }

    private static List<SampleCandidate> closedCases() {
        List<SampleCandidate> p = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            p.add(new SampleCandidate("AG:P-" + i, "AG", ItemType.PENALTY));
            p.add(new SampleCandidate("AG:L-" + i, "AG", ItemType.LICENSING));
        }
        return p;
    }

    @Test
    void theDrawIsRecordedAndReproducibleAndOnlyTakesTheBatchsCaseTypes() {
        ReviewBatch a = batch(42);
        Sample s = a.draw(closedCases());
        assertThat(a.getStatus()).isEqualTo(BatchStatus.SAMPLED);
        assertThat(s.populationSize()).isEqualTo(30);
        assertThat(s.caseIds()).hasSize(5).allMatch(id -> id.startsWith("AG:P-"));
        assertThat(batch(42).draw(closedCases())).isEqualTo(s);
        assertThat(a.getSample().populationHash()).isEqualTo(s.populationHash());
        assertThatThrownBy(() -> a.draw(closedCases())).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void publishingNeedsEveryFileScored() {
        ReviewBatch b = batch(1);
        b.draw(closedCases());
        b.assigned();
        assertThatThrownBy(() -> b.publish(4))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("REVIEW_BATCH_INCOMPLETE"));
        b.publish(5);
        assertThat(b.getStatus()).isEqualTo(BatchStatus.PUBLISHED);
    }

    @Test
    void aBatchNeedsCaseTypesTheTemplateCoversAndAnOrderedWindow() {
        assertThatThrownBy(() -> ReviewBatch.draft("x", 2025, "320700", "B", Set.of(ItemType.INSPECTION),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), template,
                new SamplingSpec(SamplingMode.AUTO_TOTAL, 1, null, 1, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("REVIEW_BATCH_INVALID"));
        assertThatThrownBy(() -> ReviewBatch.draft("x", 2025, "320700", "B", Set.of(ItemType.PENALTY),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), template,
                new SamplingSpec(SamplingMode.AUTO_TOTAL, 1, null, 1, null)))
                .isInstanceOf(ApiException.class);
    }
}
