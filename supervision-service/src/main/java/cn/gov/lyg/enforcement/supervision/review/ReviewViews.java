package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.supervision.review.ReviewRules.Reviewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Answers of {@code /review-batches} and {@code /reviews}; scores as decimal strings with one decimal. */
public final class ReviewViews {

    private ReviewViews() {
    }

    public record SamplingView(SamplingMode mode, Integer count, String ratio, long seed, List<String> manualCaseIds) {
    }

    public record DrawView(List<String> caseIds, long seed, int populationSize, String populationHash,
                           Instant drawnAt, String drawnBy) {
    }

    public record Batch(String id, long version, String name, int year, String regionCode, String organiserAgencyCode,
                        Set<ItemType> caseTypes, LocalDate closedFrom, LocalDate closedTo, String templateId,
                        int templateVersion, SamplingView sampling, DrawView draw, BatchStatus status,
                        LocalDate publishedOn) {

        static Batch of(ReviewBatch b) {
            SamplingSpec s = b.getSampling();
            Sample sample = b.getSample();
            return new Batch(b.getId(), b.getVersion() == null ? 0 : b.getVersion(), b.getName(), b.getYear(),
                    b.getRegionCode(), b.getOrganiserAgencyCode(), b.getCaseTypes(), b.getClosedFrom(),
                    b.getClosedTo(), b.getTemplateId(), b.getTemplateVersion(),
                    new SamplingView(s.mode(), s.count(), s.ratio() == null ? null : s.ratio().toPlainString(),
                            s.seed(), s.manualCaseIds()),
                    sample == null ? null : new DrawView(sample.caseIds(), sample.seed(), sample.populationSize(),
                            sample.populationHash(), b.getDrawnAt(), b.getDrawnBy()),
                    b.getStatus(), b.getPublishedOn());
        }
    }

    /**
     * The recorded draw with its population, for anyone to recompute: the algorithm, and whether re-running it on the
     * recorded population gives the recorded sample and hash ({@code reproduced}).
     */
    public record DrawRecord(String batchId, String algorithm, SamplingView sampling, DrawView draw,
                             List<SampleCandidate> population, boolean reproduced) {

        static DrawRecord of(ReviewBatch b) {
            Sample recorded = b.getSample();
            Sample again = b.redraw();
            Batch view = Batch.of(b);
            return new DrawRecord(b.getId(), ReviewSampler.ALGORITHM, view.sampling(), view.draw(), b.population(),
                    again.equals(recorded));
        }
    }

    public record Review(String id, long version, String batchId, String caseId, String agencyCode,
                         String regionCode, String caseNo, ItemType caseType, String templateId, int templateVersion,
                         List<Reviewer> reviewers, ReviewStatus status, List<FileFinding> findings,
                         List<String> vetoHits, List<ScoreResult.ItemDeduction> deductions, String score,
                         ReviewGrade grade, List<String> problems, boolean rectificationRequired, String scoredBy,
                         LocalDate scoredOn, LocalDate publishedOn, ReviewRectification rectification,
                         Boolean rectificationOverdue) {

        static Review of(CaseFileReview r, LocalDate asOf) {
            ReviewRectification rect = r.getRectification();
            return new Review(r.getId(), r.getVersion() == null ? 0 : r.getVersion(), r.getBatchId(), r.getCaseId(),
                    r.getAgencyCode(), r.getRegionCode(), r.getCaseNo(), r.getCaseType(), r.getTemplateId(),
                    r.getTemplateVersion(), r.getReviewers(), r.getStatus(), r.getFindings(), r.getVetoHits(),
                    r.getDeductions(), r.getScore() == null ? null : r.getScore().setScale(1).toPlainString(),
                    r.getGrade(), r.getProblems(), r.isRectificationRequired(), r.getScoredBy(), r.getScoredOn(),
                    r.getPublishedOn(), rect, rect == null ? null : rect.overdue(asOf));
        }
    }
}
