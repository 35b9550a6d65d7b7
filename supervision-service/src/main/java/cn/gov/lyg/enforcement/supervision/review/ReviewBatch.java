package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 评查批次 (DOMAIN.md §2.5.1): which closed case files of which region, types and closing-date window are reviewed,
 * with which template version, and the recorded draw (seed, population size and hash, sampled case ids) so that the
 * sample can be re-drawn and checked.
 */
@Document(ReviewBatch.COLLECTION)
public class ReviewBatch extends AggregateDocument {

    public static final String COLLECTION = "review_batches";

    @Id
    private String id;
    private String name;
    private int year;
    private String regionCode;
    private String organiserAgencyCode;
    private Set<ItemType> caseTypes;
    private LocalDate closedFrom;
    private LocalDate closedTo;
    private String templateId;
    private int templateVersion;
    private SamplingSpec sampling;
    private Sample sample;
    /** The population the draw was made from, sorted by case id: anyone can re-run the draw on it. */
    private List<SampleCandidate> population = new ArrayList<>();
    private Instant drawnAt;
    private String drawnBy;
    private LocalDate publishedOn;
    private BatchStatus status;

    protected ReviewBatch() {
    }

    public static ReviewBatch draft(String name, int year, String regionCode, String organiserAgencyCode,
                                    Set<ItemType> caseTypes, LocalDate closedFrom, LocalDate closedTo,
                                    ReviewScoringTemplate template, SamplingSpec sampling) {
        List<FieldViolation> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(FieldViolation.of("name", "REVIEW_BATCH_INVALID"));
        }
        if (caseTypes == null || caseTypes.isEmpty()) {
            errors.add(FieldViolation.of("caseTypes", "REVIEW_BATCH_INVALID"));
        } else if (!caseTypes.stream().allMatch(template::appliesTo)) {
            errors.add(FieldViolation.of("caseTypes", "REVIEW_TEMPLATE_NOT_APPLICABLE"));
        }
        if (closedFrom == null || closedTo == null || closedTo.isBefore(closedFrom)) {
            errors.add(FieldViolation.of("closedTo", "DATE_ORDER"));
        }
        if (sampling == null || sampling.mode() == null) {
            errors.add(FieldViolation.of("sampling.mode", "SAMPLING_INVALID"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("REVIEW_BATCH_INVALID", errors);
        }
        ReviewBatch b = new ReviewBatch();
        b.id = UUID.randomUUID().toString();
        b.name = name;
        b.year = year;
        b.regionCode = regionCode;
        b.organiserAgencyCode = organiserAgencyCode;
        b.caseTypes = Set.copyOf(caseTypes);
        b.closedFrom = closedFrom;
        b.closedTo = closedTo;
        b.templateId = template.templateId();
        b.templateVersion = template.version();
        b.sampling = sampling;
        b.status = BatchStatus.DRAFT;
        return b;
    }

    /**
     * Draws the sample from the closed case files the register holds for the batch's window; files of other types are
     * not part of the population. Recorded once, with the population itself: a drawn batch is not drawn again.
     */
    public Sample draw(List<SampleCandidate> closedCases) {
        return draw(closedCases, null, null);
    }

    public Sample draw(List<SampleCandidate> closedCases, String by, Instant now) {
        if (status != BatchStatus.DRAFT) {
            throw new InvalidTransitionException("ReviewBatch", status, "draw", List.of(BatchStatus.DRAFT.name()));
        }
        List<SampleCandidate> eligible = closedCases.stream().filter(c -> caseTypes.contains(c.caseType()))
                .distinct().sorted(Comparator.comparing(SampleCandidate::caseId)).toList();
        sample = ReviewSampler.draw(eligible, sampling);
        population = List.copyOf(eligible);
        drawnBy = by;
        drawnAt = now;
        status = BatchStatus.SAMPLED;
        audit("DRAWN", Map.of("seed", sample.seed(), "populationSize", sample.populationSize(),
                "populationHash", sample.populationHash(), "sampled", sample.caseIds().size()));
        return sample;
    }

    /** Re-runs the recorded draw on the recorded population (what anyone can do with the published figures). */
    public Sample redraw() {
        if (sample == null) {
            throw new InvalidTransitionException("ReviewBatch", status, "verify", List.of(BatchStatus.SAMPLED.name(),
                    BatchStatus.ASSIGNED.name(), BatchStatus.PUBLISHED.name()));
        }
        return ReviewSampler.draw(population(), sampling);
    }

    /** Reviewers were assigned to every sampled file. */
    public void assigned() {
        if (status != BatchStatus.SAMPLED) {
            throw new InvalidTransitionException("ReviewBatch", status, "assign", List.of(BatchStatus.SAMPLED.name()));
        }
        status = BatchStatus.ASSIGNED;
    }

    /** Publishes the results once every sampled file is scored. */
    public void publish(long scoredFiles) {
        checkPublishable(scoredFiles);
        status = BatchStatus.PUBLISHED;
    }

    /** Whether every sampled file is scored ({@code REVIEW_BATCH_INCOMPLETE} otherwise). */
    public void checkPublishable(long scoredFiles) {
        if (status != BatchStatus.ASSIGNED) {
            throw new InvalidTransitionException("ReviewBatch", status, "publish", List.of(BatchStatus.ASSIGNED.name()));
        }
        if (scoredFiles < sample.caseIds().size()) {
            throw ApiException.conflict("REVIEW_BATCH_INCOMPLETE", sample.caseIds().size() - scoredFiles);
        }
    }

    /** Publishes on a day (the day rectification deadlines count from). */
    public void publish(long scoredFiles, LocalDate on) {
        publish(scoredFiles);
        publishedOn = on;
        audit("PUBLISHED", Map.of("on", on.toString()));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "ReviewBatch";
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public int getYear() { return year; }
    public String getRegionCode() { return regionCode; }
    public String getOrganiserAgencyCode() { return organiserAgencyCode; }
    public Set<ItemType> getCaseTypes() { return caseTypes; }
    public LocalDate getClosedFrom() { return closedFrom; }
    public LocalDate getClosedTo() { return closedTo; }
    public String getTemplateId() { return templateId; }
    public int getTemplateVersion() { return templateVersion; }
    public SamplingSpec getSampling() { return sampling; }
    public Sample getSample() { return sample; }
    public BatchStatus getStatus() { return status; }
    public List<SampleCandidate> population() { return population == null ? List.of() : List.copyOf(population); }
    public Instant getDrawnAt() { return drawnAt; }
    public String getDrawnBy() { return drawnBy; }
    public LocalDate getPublishedOn() { return publishedOn; }
}
