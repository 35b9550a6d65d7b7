package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.CaseFileReviewReaders;
import cn.gov.lyg.enforcement.platform.security.policy.CaseFileReviewers;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.review.ReviewRules.Reviewer;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The review of each sampled file 案卷评查: an assigned reviewer (never of the file's agency) scores it against the
 * batch's template version; the reviewed agency reads its results once published and reports the rectification;
 * the bureau verifies it. Out of the caller's sight a review answers 404.
 */
@Service
public class CaseFileReviewService {

    private final CaseFileReviewStore store;
    private final ReviewTemplateService templates;
    private final ReviewBatchService batches;
    private final Requests requests;
    private final Clock clock;

    public CaseFileReviewService(CaseFileReviewStore store, ReviewTemplateService templates,
                                 ReviewBatchService batches, Requests requests, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.batches = batches;
        this.requests = requests;
        this.clock = clock;
    }

    @CaseFileReviewReaders
    public CaseFileReview get(String id) {
        return visible(CurrentScope.get(), id);
    }

    @CaseFileReviewReaders
    public Page<CaseFileReview> search(String batchId, String agencyCode, ReviewStatus status, ReviewGrade grade,
                                       boolean assignedToMe, LocalDate rectificationOverdueAsOf, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        String reviewer = assignedToMe ? (scope.username() == null ? "__none__" : scope.username()) : null;
        return store.search(ReviewAccess.readableReviews(scope), new CaseFileReviewStore.Filter(batchId, agencyCode,
                status, grade, reviewer, rectificationOverdueAsOf), pageable);
    }

    /** An assigned reviewer scores (or re-scores, before publication) the file. */
    @CaseFileReviewers
    public CaseFileReview score(String id, Long ifMatch, ReviewCommands.Score command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        CaseFileReview r = visible(scope, id);
        Versions.check(r, ifMatch);
        LocalDate day = batches.day(command.at());
        r.score(new Reviewer(scope.auditName(), scope.agencyCode()),
                templates.version(r.getTemplateId(), r.getTemplateVersion()),
                command.findings().stream().map(f -> new FileFinding(f.itemCode().trim(),
                        f.occurrences() == null ? 1 : f.occurrences(), f.note(), f.evidencePage())).toList(),
                command.problems(), day, clock.instant());
        return store.save(r);
    }

    /** The reviewed agency's administrator or leader reports the rectification. */
    @AgencyManagement
    public CaseFileReview rectify(String id, Long ifMatch, ReviewCommands.Rectify command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        CaseFileReview r = visible(scope, id);
        if (!scope.belongsTo(r.getAgencyCode())) {
            throw ApiException.forbidden("REVIEW_ACTION_NOT_ALLOWED");
        }
        Versions.check(r, ifMatch);
        r.submitRectification(command.report(), batches.day(command.at()), scope.auditName());
        return store.save(r);
    }

    /** The supervising bureau verifies the reported rectification. */
    @SupervisorsOnly
    public CaseFileReview verifyRectification(String id, Long ifMatch, ReviewCommands.VerifyRectification command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        CaseFileReview r = visible(scope, id);
        if (!ReviewAccess.supervises(scope, r.getRegionCode())) {
            throw ApiException.forbidden("REVIEW_ACTION_NOT_ALLOWED");
        }
        Versions.check(r, ifMatch);
        r.verifyRectification(command.ok(), command.note(), command.newDueOn(), batches.day(command.at()),
                scope.auditName());
        return store.save(r);
    }

    /**
     * For the other features of this service (guidance cases, whose use case has decided authorization and scope):
     * a file review by id.
     */
    public Optional<CaseFileReview> find(String id) {
        return store.findById(id);
    }

    private CaseFileReview visible(DataScope scope, String id) {
        return store.findById(id).filter(r -> ReviewAccess.seesReview(scope, r))
                .orElseThrow(() -> ApiException.notFound("CaseFileReview", id));
    }
}
