package cn.gov.lyg.enforcement.personnel.jobs;

import cn.gov.lyg.enforcement.personnel.certificate.CertificateJobs;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateRules;
import cn.gov.lyg.enforcement.personnel.training.TrainingShortfallRules;
import cn.gov.lyg.enforcement.personnel.training.TrainingShortfallService;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Authorization of the job triggers, and their dates: the jobs that change certificates (expiry, suspension end) run
 * as of today or an earlier date only ({@code AS_OF_IN_FUTURE}); the review-overdue report changes nothing and may
 * look ahead.
 */
@Service
public class JobService {

    private final CertificateJobs jobs;
    private final TrainingShortfallService shortfalls;
    private final Clock clock;

    public JobService(CertificateJobs jobs, TrainingShortfallService shortfalls, Clock clock) {
        this.jobs = jobs;
        this.shortfalls = shortfalls;
        this.clock = clock;
    }

    @SupervisorsOnly
    public TrainingShortfallService.ShortfallReport trainingShortfall(Integer year) {
        var scope = CurrentScope.get();
        LocalDate today = LocalDate.now(clock);
        int y = year != null ? year : today.getYear() - 1;
        if (!TrainingShortfallRules.checkableYear(y, today)) {
            throw ApiException.invalid("TRAINING_YEAR_INVALID",
                    List.of(FieldViolation.of("year", "TRAINING_YEAR_INVALID")));
        }
        return shortfalls.detectAll(y, scope, scope.auditName());
    }

    /** Expiry as of {@code asOf} (default today), never a later date: {@code AS_OF_IN_FUTURE}. */
    @SupervisorsOnly
    public CertificateJobs.JobReport expiry(LocalDate asOf) {
        var scope = CurrentScope.get();
        return jobs.expire(notInFuture(asOf), scope, scope.auditName());
    }

    /** The end of dated suspensions as of {@code asOf} (default today), never a later date: {@code AS_OF_IN_FUTURE}. */
    @SupervisorsOnly
    public CertificateJobs.JobReport suspensionEnd(LocalDate asOf) {
        return jobs.endSuspensions(notInFuture(asOf), CurrentScope.get());
    }

    private LocalDate notInFuture(LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        List<FieldViolation> errors = CertificateRules.checkAsOf(asOf, today);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        return asOf != null ? asOf : today;
    }

    @SupervisorsOnly
    public CertificateJobs.JobReport annualReview(Integer year) {
        var scope = CurrentScope.get();
        int y = year != null ? year : LocalDate.now(clock).getYear() - 1;
        if (y > LocalDate.now(clock).getYear() || y < 2000) {
            throw cn.gov.lyg.enforcement.platform.problem.ApiException.invalid("REVIEW_YEAR_INVALID",
                    java.util.List.of(cn.gov.lyg.enforcement.platform.problem.FieldViolation.of("year",
                            "REVIEW_YEAR_INVALID")));
        }
        return jobs.annualReview(y, scope, scope.auditName());
    }

    @SupervisorsOnly
    public CertificateJobs.JobReport reviewOverdue(LocalDate asOf) {
        return jobs.reviewOverdue(asOf != null ? asOf : LocalDate.now(clock), CurrentScope.get());
    }
}
