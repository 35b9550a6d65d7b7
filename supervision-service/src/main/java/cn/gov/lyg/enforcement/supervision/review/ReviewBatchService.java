package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisionReaders;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseService;
import cn.gov.lyg.enforcement.supervision.review.ReviewRules.Reviewer;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import cn.gov.lyg.enforcement.supervision.support.WorkingDays;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Review batches 评查批次 (DOMAIN.md §2.5.1): a judicial bureau creates a batch for its region with an approved template
 * version, draws the files from the case register's closed cases with a recorded seed (reproducible: seed, population
 * and its hash are kept and shown), assigns reviewers with recusal, and publishes the results once every file is
 * scored; publication finalises each file ({@code CaseFileReviewCompleted}) and starts the rectification deadlines
 * (working days, {@code supervision.reviews.rectification-working-days}, default 20 [ASM]).
 */
@Service
public class ReviewBatchService {

    private final ReviewBatchStore batches;
    private final CaseFileReviewStore reviews;
    private final ReviewTemplateService templates;
    private final CaseService cases;
    private final Requests requests;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final int rectificationWorkingDays;
    private final SecureRandom seeds = new SecureRandom();

    public ReviewBatchService(ReviewBatchStore batches, CaseFileReviewStore reviews, ReviewTemplateService templates,
                              CaseService cases, Requests requests, WorkingDayCalendar calendar, Clock clock,
                              @Value("${supervision.reviews.rectification-working-days:20}") int rectificationDays) {
        this.batches = batches;
        this.reviews = reviews;
        this.templates = templates;
        this.cases = cases;
        this.requests = requests;
        this.workingDays = new WorkingDays(calendar);
        this.clock = clock;
        this.rectificationWorkingDays = rectificationDays;
    }

    @SupervisorsOnly
    public ReviewBatch create(ReviewCommands.CreateBatch command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        String region = command.regionCode() != null ? command.regionCode() : scope.regionCode();
        if (region == null || !scope.coversRegion(region)) {
            throw ApiException.invalid("REGION_OUT_OF_SCOPE",
                    List.of(FieldViolation.of("regionCode", "REGION_OUT_OF_SCOPE")));
        }
        ReviewScoringTemplate template = templates.approvedForNewBatch(command.templateId(), command.templateVersion());
        ReviewCommands.Sampling s = command.sampling();
        long seed = s.seed() != null ? s.seed() : seeds.nextLong();
        SamplingSpec spec = new SamplingSpec(s.mode(), s.count(), s.ratio(), seed,
                s.manualCaseIds() == null ? null : List.copyOf(s.manualCaseIds()));
        if (s.mode() != SamplingMode.MANUAL) {
            ReviewSampler.size(Integer.MAX_VALUE, spec);
        }
        return batches.save(ReviewBatch.draft(command.name().trim(), command.year(), region, scope.agencyCode(),
                command.caseTypes(), command.closedFrom(), command.closedTo(), template, spec));
    }

    /** Draws the files from the register's closed cases of the batch's region, types and window (recorded once). */
    @SupervisorsOnly
    public ReviewBatch draw(String id, Long ifMatch) {
        DataScope scope = CurrentScope.get();
        ReviewBatch b = supervised(scope, id);
        Versions.check(b, ifMatch);
        List<SampleCandidate> population = cases.closedCases(b.getRegionCode(), b.getCaseTypes(), b.getClosedFrom(),
                b.getClosedTo()).stream().map(c -> new SampleCandidate(c.caseId(), c.agencyCode(), c.caseType())).toList();
        b.draw(population, scope.auditName(), clock.instant());
        return batches.save(b);
    }

    /**
     * Assigns reviewers to every sampled file: by hand for the files named, else {@code perFile} (default 2) of the
     * pool in turn, skipping reviewers of the file's agency. A reviewer never reviews their own agency's file
     * ({@code REVIEWER_CONFLICT}).
     */
    @SupervisorsOnly
    public ReviewBatch assign(String id, Long ifMatch, ReviewCommands.Assign command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        ReviewBatch b = supervised(scope, id);
        Versions.check(b, ifMatch);
        if (b.getStatus() != BatchStatus.SAMPLED) {
            b.assigned(); // throws the transition problem
        }
        Map<String, Reviewer> pool = new LinkedHashMap<>();
        command.reviewers().forEach(r -> pool.putIfAbsent(r.reviewerId().trim(),
                new Reviewer(r.reviewerId().trim(), r.agencyCode())));
        Map<String, List<String>> byHand = new HashMap<>();
        List<FieldViolation> errors = new ArrayList<>();
        Set<String> sampled = Set.copyOf(b.getSample().caseIds());
        List<ReviewCommands.FileAssignment> files = command.files() == null ? List.of() : command.files();
        for (int i = 0; i < files.size(); i++) {
            ReviewCommands.FileAssignment f = files.get(i);
            if (!sampled.contains(f.caseId())) {
                errors.add(FieldViolation.of("files[" + i + "].caseId", "SAMPLE_CASE_NOT_ELIGIBLE"));
            }
            for (String r : f.reviewerIds()) {
                if (!pool.containsKey(r.trim())) {
                    errors.add(FieldViolation.of("files[" + i + "].reviewerIds", "REVIEWER_UNKNOWN"));
                }
            }
            byHand.put(f.caseId(), f.reviewerIds().stream().map(String::trim).toList());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        int perFile = command.perFile() == null ? ReviewRules.MIN_REVIEWERS : command.perFile();
        ReviewScoringTemplate template = templates.version(b.getTemplateId(), b.getTemplateVersion());
        Map<String, SampleCandidate> byId = new HashMap<>();
        b.population().forEach(c -> byId.put(c.caseId(), c));
        List<Reviewer> all = List.copyOf(pool.values());
        List<CaseFileReview> assigned = new ArrayList<>();
        int turn = 0;
        for (String caseId : b.getSample().caseIds()) {
            SampleCandidate c = byId.get(caseId);
            String caseNo = caseId.substring(c.agencyCode().length() + 1);
            List<Reviewer> chosen;
            if (byHand.containsKey(caseId)) {
                chosen = byHand.get(caseId).stream().map(pool::get).toList();
            } else {
                chosen = ReviewRules.rotate(all, c.agencyCode(), perFile, turn);
                turn += perFile;
            }
            assigned.add(CaseFileReview.assign(b.getId(), regionOf(caseId), c.agencyCode(), caseNo, c.caseType(),
                    template, chosen));
        }
        assigned.forEach(reviews::save);
        b.assigned();
        return batches.save(b);
    }

    /** Publishes the results: every file scored, each finalised (event) with its rectification due date. */
    @SupervisorsOnly
    public ReviewBatch publish(String id, Long ifMatch, ReviewCommands.At command) {
        DataScope scope = CurrentScope.get();
        ReviewBatch b = supervised(scope, id);
        Versions.check(b, ifMatch);
        long scored = reviews.countScored(b.getId());
        b.checkPublishable(scored);
        LocalDate day = day(command == null ? null : command.at());
        List<CaseFileReview> files = reviews.ofBatch(b.getId());
        LocalDate due = files.stream().anyMatch(CaseFileReview::isRectificationRequired)
                ? workingDays.plusWorkingDays(day, rectificationWorkingDays) : null;
        for (CaseFileReview r : files) {
            if (r.finalise(day, due, clock.instant())) {
                reviews.save(r);
            }
        }
        b.publish(scored, day);
        return batches.save(b);
    }

    @SupervisionReaders
    public ReviewBatch get(String id) {
        return batches.findById(id).filter(b -> ReviewAccess.seesBatch(CurrentScope.get(), b))
                .orElseThrow(() -> ApiException.notFound("ReviewBatch", id));
    }

    @SupervisionReaders
    public Page<ReviewBatch> search(Integer year, BatchStatus status, Pageable pageable) {
        return batches.search(ReviewAccess.readableBatches(CurrentScope.get()), year, status, pageable);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    /** The day of an act: {@code at} (not in the future) or today. */
    LocalDate day(OffsetDateTime at) {
        if (at == null) {
            return today();
        }
        if (at.toInstant().isAfter(clock.instant())) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("at", "DATE_IN_FUTURE")));
        }
        return at.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }

    private String regionOf(String caseId) {
        return cases.regionOf(caseId);
    }

    private ReviewBatch supervised(DataScope scope, String id) {
        ReviewBatch b = batches.findById(id).filter(x -> ReviewAccess.seesBatch(scope, x))
                .orElseThrow(() -> ApiException.notFound("ReviewBatch", id));
        if (!ReviewAccess.supervises(scope, b.getRegionCode())) {
            throw ApiException.notFound("ReviewBatch", id);
        }
        return b;
    }
}
