package cn.gov.lyg.enforcement.personnel.jobs;

import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateJobs;
import cn.gov.lyg.enforcement.personnel.training.TrainingShortfallService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/personnel/v1/jobs}: the nightly jobs, triggered by a judicial-bureau supervisor for an {@code asOf}
 * date (repairing a missed run), limited to the region the caller covers. The jobs that change certificates take no
 * date after today (400 {@code AS_OF_IN_FUTURE}): a later date would expire certificates that are still valid and end
 * suspensions early; only the review-overdue report, which changes nothing, may look ahead. The policy sits on the
 * controller methods too, so a caller without the role gets 403 before a malformed parameter is looked at.
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
    @SupervisorsOnly
    @Operation(summary = "Expire every ACTIVE/SUSPENDED certificate whose validTo is before asOf (default today)",
            description = "asOf repairs a missed run; a date after today answers 400 AS_OF_IN_FUTURE.")
    public CertificateJobs.JobReport expiry(@RequestParam(required = false) LocalDate asOf) {
        return jobs.expiry(asOf);
    }

    @PostMapping("/suspension-end")
    @SupervisorsOnly
    @Operation(summary = "Reinstate every SUSPENDED certificate whose suspension ended (suspendedUntil before asOf, "
            + "default today) and that is still valid on asOf",
            description = "asOf repairs a missed run; a date after today answers 400 AS_OF_IN_FUTURE.")
    public CertificateJobs.JobReport suspensionEnd(@RequestParam(required = false) LocalDate asOf) {
        return jobs.suspensionEnd(asOf);
    }

    @PostMapping("/review-overdue")
    @SupervisorsOnly
    @Operation(summary = "List the certificates whose annual review is overdue on asOf (default today)")
    public CertificateJobs.JobReport reviewOverdue(@RequestParam(required = false) LocalDate asOf) {
        return jobs.reviewOverdue(asOf);
    }

    @PostMapping("/annual-review")
    @SupervisorsOnly
    @Operation(summary = "年度审验 of a year (default last year) for every certificate in the caller's region")
    public CertificateJobs.JobReport annualReview(@RequestParam(required = false) Integer year) {
        return jobs.annualReview(year);
    }

    @PostMapping("/training-shortfall")
    @SupervisorsOnly
    @Operation(summary = "TrainingShortfallDetected, once per officer and year, for every officer in the caller's "
            + "region whose training hours of a finished year (default last year) are below the requirement")
    public TrainingShortfallService.ShortfallReport trainingShortfall(@RequestParam(required = false) Integer year) {
        return jobs.trainingShortfall(year);
    }

}
