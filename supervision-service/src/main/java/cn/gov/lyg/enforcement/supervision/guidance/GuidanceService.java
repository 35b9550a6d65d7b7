package cn.gov.lyg.enforcement.supervision.guidance;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.review.CaseFileReview;
import cn.gov.lyg.enforcement.supervision.review.CaseFileReviewService;
import cn.gov.lyg.enforcement.supervision.review.ReviewStatus;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Guidance cases 指导性案例 and typical cases 典型案例 from reviewed files: a judicial bureau selects a file of its
 * region whose review is final; the city bureau approves or rejects, publishes and withdraws. Published cases are
 * read by every signed-in user; the others by the supervisors of the file's region only (404 otherwise).
 */
@Service
public class GuidanceService {

    private final GuidanceStore store;
    private final CaseFileReviewService reviews;
    private final Requests requests;
    private final Clock clock;

    public GuidanceService(GuidanceStore store, CaseFileReviewService reviews, Requests requests, Clock clock) {
        this.store = store;
        this.reviews = reviews;
        this.requests = requests;
        this.clock = clock;
    }

    @SupervisorsOnly
    public GuidanceCase select(GuidanceCommands.Select command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        CaseFileReview r = reviews.find(command.reviewId().trim())
                .filter(x -> scope.coversRegion(x.getRegionCode()))
                .orElseThrow(() -> ApiException.invalid("REVIEW_UNKNOWN",
                        List.of(FieldViolation.of("reviewId", "REVIEW_UNKNOWN"))));
        if (store.activeSelection(r.getId(), command.kind())) {
            throw ApiException.conflict("GUIDANCE_CASE_DUPLICATE", r.getId());
        }
        GuidanceCase.Source source = new GuidanceCase.Source(r.getId(), r.getCaseId(), r.getAgencyCode(),
                r.getRegionCode(), r.getCaseNo(), r.getCaseType(), r.getGrade(),
                r.getScore() == null ? null : r.getScore().setScale(1).toPlainString(),
                new GuidanceRules.ReviewedFile(r.getStatus() == ReviewStatus.FINAL, r.getGrade(),
                        !r.getVetoHits().isEmpty(), r.isRectificationRequired()));
        return store.save(GuidanceCase.select(command.kind(), command.lesson(), source, command.title(),
                command.summary(), command.keyPoints(), scope.auditName(), day(command.at())));
    }

    @CitySupervisorsOnly
    public GuidanceCase decide(String id, Long ifMatch, GuidanceCommands.Decide command) {
        requests.valid(command);
        return act(id, ifMatch, g -> g.approve(command.approved(), command.note(), CurrentScope.get().auditName(),
                day(command.at())));
    }

    @CitySupervisorsOnly
    public GuidanceCase publish(String id, Long ifMatch, GuidanceCommands.Publish command) {
        return act(id, ifMatch, g -> g.publish(command == null ? null : command.publicationNo(),
                CurrentScope.get().auditName(), day(command == null ? null : command.at())));
    }

    @CitySupervisorsOnly
    public GuidanceCase withdraw(String id, Long ifMatch, GuidanceCommands.Withdraw command) {
        requests.valid(command);
        return act(id, ifMatch, g -> g.withdraw(command.reason(), CurrentScope.get().auditName(), day(command.at())));
    }

    @Authenticated
    public GuidanceCase get(String id) {
        DataScope scope = CurrentScope.get();
        return store.findById(id).filter(g -> visible(scope, g))
                .orElseThrow(() -> ApiException.notFound("GuidanceCase", id));
    }

    @Authenticated
    public Page<GuidanceCase> search(GuidanceKind kind, GuidanceStatus status, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        Criteria published = Criteria.where("status").is(GuidanceStatus.PUBLISHED);
        Criteria readable = supervisor(scope)
                ? new Criteria().orOperator(published, ScopeCriteria.inRegion(scope.regionCode())) : published;
        return store.search(readable, kind, status, pageable);
    }

    private static boolean supervisor(DataScope scope) {
        return (scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY)) && scope.regionCode() != null
                && scope.regionCode().matches("\\d{6}");
    }

    private static boolean visible(DataScope scope, GuidanceCase g) {
        return g.getStatus() == GuidanceStatus.PUBLISHED || supervisor(scope) && scope.coversRegion(g.getRegionCode());
    }

    private GuidanceCase act(String id, Long ifMatch, Consumer<GuidanceCase> action) {
        DataScope scope = CurrentScope.get();
        GuidanceCase g = store.findById(id).filter(x -> supervisor(scope) && scope.coversRegion(x.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("GuidanceCase", id));
        Versions.check(g, ifMatch);
        action.accept(g);
        return store.save(g);
    }

    private LocalDate day(OffsetDateTime at) {
        if (at == null) {
            return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        }
        if (at.toInstant().isAfter(clock.instant())) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("at", "DATE_IN_FUTURE")));
        }
        return at.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
