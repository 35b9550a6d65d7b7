package cn.gov.lyg.enforcement.personnel.jobs;

import cn.gov.lyg.enforcement.personnel.training.TrainingShortfallRules;
import cn.gov.lyg.enforcement.personnel.training.TrainingShortfallService;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/personnel/v1/jobs}: the nightly jobs, triggered by a judicial-bureau supervisor for an {@code asOf}
 * date (repairing a missed run, or looking ahead), limited to the region the caller covers.
 */
@RestController
@RequestMapping("/api/personnel/v1/jobs")
@Tag(name = "jobs", description = "certificate expiry, suspension end, review-overdue and training-shortfall detection")
public class JobController {

    private final JobService jobs;

    public JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/certificate-expiry")
    @Operation(summary = "Expire every ACTIVE/SUSPENDED certificate whose validTo is before asOf (default today)")
    public CertificateJobs.JobReport expiry(@RequestParam(required = false) LocalDate asOf) {
        return jobs.expiry(asOf);
    }

    @PostMapping("/suspension-end")
    @Operation(summary = "Reinstate every SUSPENDED certificate whose suspension ended (suspendedUntil before asOf, "
            + "default today) and that is still valid on asOf")
    public CertificateJobs.JobReport suspensionEnd(@RequestParam(required = false) LocalDate asOf) {
        return jobs.suspensionEnd(asOf);
    }

    @PostMapping("/review-overdue")
    @Operation(summary = "List the certificates whose annual review is overdue on asOf (default today)")
    public CertificateJobs.JobReport reviewOverdue(@RequestParam(required = false) LocalDate asOf) {
        return jobs.reviewOverdue(asOf);
    }

    @PostMapping("/annual-review")
    @Operation(summary = "年度审验 of a year (default last year) for every certificate in the caller's region")
    public CertificateJobs.JobReport annualReview(@RequestParam(required = false) Integer year) {
        return jobs.annualReview(year);
    }

    @PostMapping("/training-shortfall")
    @Operation(summary = "TrainingShortfallDetected, once per officer and year, for every officer in the caller's "
            + "region whose training hours of a finished year (default last year) are below the requirement")
    public TrainingShortfallService.ShortfallReport trainingShortfall(@RequestParam(required = false) Integer year) {
        return jobs.trainingShortfall(year);
    }

    /** Authorization of the job triggers. */
    @Service
    public static class JobService {

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

        @SupervisorsOnly
        public CertificateJobs.JobReport expiry(LocalDate asOf) {
            var scope = CurrentScope.get();
            return jobs.expire(asOf != null ? asOf : LocalDate.now(clock), scope, scope.auditName());
        }

        @SupervisorsOnly
        public CertificateJobs.JobReport suspensionEnd(LocalDate asOf) {
            return jobs.endSuspensions(asOf != null ? asOf : LocalDate.now(clock), CurrentScope.get());
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
}
