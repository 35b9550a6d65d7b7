package cn.gov.lyg.enforcement.supervision.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReviewSamplerTest {

    private static List<SampleCandidate> population(int agencies, int perAgency) {
        List<SampleCandidate> p = new ArrayList<>();
        for (int a = 0; a < agencies; a++) {
            for (int i = 0; i < perAgency; i++) {
                String agency = "AG" + a;
                p.add(new SampleCandidate(agency + ":C-" + i, agency, ItemType.PENALTY));
            }
        }
        return p;
    }

    private static SamplingSpec total(int count, long seed) {
        return new SamplingSpec(SamplingMode.AUTO_TOTAL, count, null, seed, null);
    }

    @Test
    void theSameSeedAndPopulationGiveTheSameSampleWhateverTheInputOrder() {
        List<SampleCandidate> p = population(3, 40);
        List<SampleCandidate> shuffled = new ArrayList<>(p);
        Collections.shuffle(shuffled, new Random(99));
        Sample a = ReviewSampler.draw(p, total(10, 2026L));
        Sample b = ReviewSampler.draw(shuffled, total(10, 2026L));
        assertThat(a.caseIds()).hasSize(10).doesNotHaveDuplicates().isEqualTo(b.caseIds());
        assertThat(a.populationHash()).isEqualTo(b.populationHash()).hasSize(64);
        assertThat(a.populationSize()).isEqualTo(120);
        assertThat(a.seed()).isEqualTo(2026L);
    }

    @Test
    void aDifferentSeedOrPopulationGivesADifferentDrawAndHash() {
        List<SampleCandidate> p = population(3, 40);
        Sample a = ReviewSampler.draw(p, total(10, 1L));
        Sample b = ReviewSampler.draw(p, total(10, 2L));
        assertThat(a.caseIds()).isNotEqualTo(b.caseIds());
        List<SampleCandidate> bigger = new ArrayList<>(p);
        bigger.add(new SampleCandidate("AG9:C-1", "AG9", ItemType.PENALTY));
        assertThat(ReviewSampler.draw(bigger, total(10, 1L)).populationHash()).isNotEqualTo(a.populationHash());
    }

    @Test
    void theDrawIsSpreadOverThePopulationNotTheFirstFiles() {
        List<SampleCandidate> p = population(1, 1000);
        Sample s = ReviewSampler.draw(p, total(100, 7L));
        long inFirstHundred = s.caseIds().stream().filter(id -> Integer.parseInt(id.split("-")[1]) < 100).count();
        assertThat(inFirstHundred).isLessThan(40);
    }

    @Test
    void aRatioIsRoundedUpAndACountLargerThanThePopulationTakesAll() {
        List<SampleCandidate> p = population(1, 21);
        assertThat(ReviewSampler.draw(p, new SamplingSpec(SamplingMode.AUTO_TOTAL, null, new BigDecimal("0.1"), 5, null))
                .caseIds()).hasSize(3);
        assertThat(ReviewSampler.draw(p, total(500, 5)).caseIds()).hasSize(21).doesNotHaveDuplicates();
    }

    @Test
    void perAgencySamplingTakesTheQuotaFromEachAgency() {
        List<SampleCandidate> p = new ArrayList<>(population(3, 10));
        p.add(new SampleCandidate("AG7:C-1", "AG7", ItemType.PENALTY));
        Sample s = ReviewSampler.draw(p, new SamplingSpec(SamplingMode.AUTO_PER_AGENCY, 3, null, 11, null));
        Map<String, Long> perAgency = s.caseIds().stream()
                .collect(Collectors.groupingBy(id -> id.split(":")[0], Collectors.counting()));
        assertThat(perAgency).containsEntry("AG0", 3L).containsEntry("AG1", 3L).containsEntry("AG2", 3L)
                .containsEntry("AG7", 1L);
        assertThat(ReviewSampler.draw(p, new SamplingSpec(SamplingMode.AUTO_PER_AGENCY, 3, null, 11, null)).caseIds())
                .isEqualTo(s.caseIds());
    }

    @Test
    void manualSamplingOnlyAcceptsFilesOfThePopulation() {
        List<SampleCandidate> p = population(1, 5);
        assertThat(ReviewSampler.draw(p, new SamplingSpec(SamplingMode.MANUAL, null, null, 0,
                List.of("AG0:C-3", "AG0:C-1"))).caseIds()).containsExactly("AG0:C-3", "AG0:C-1");
        assertThatThrownBy(() -> ReviewSampler.draw(p, new SamplingSpec(SamplingMode.MANUAL, null, null, 0,
                List.of("AG0:C-3", "OTHER:C-1"))))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("SAMPLE_CASE_NOT_ELIGIBLE"));
    }

    @Test
    void badSamplingParametersAndEmptyPopulationsAreRejected() {
        List<SampleCandidate> p = population(1, 5);
        assertThatThrownBy(() -> ReviewSampler.draw(p, new SamplingSpec(SamplingMode.AUTO_TOTAL, 3,
                BigDecimal.ONE, 0, null))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ReviewSampler.draw(p, new SamplingSpec(SamplingMode.AUTO_TOTAL, null,
                new BigDecimal("1.5"), 0, null))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ReviewSampler.draw(List.of(), total(3, 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("SAMPLE_EMPTY"));
        assertThat(IntStream.range(0, 5).mapToObj(i -> ReviewSampler.draw(p, total(2, i)).caseIds()).distinct().count())
                .isGreaterThan(1);
    }
}
