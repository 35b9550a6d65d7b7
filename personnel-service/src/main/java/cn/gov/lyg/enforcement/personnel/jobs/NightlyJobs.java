package cn.gov.lyg.enforcement.personnel.jobs;

import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateJobs;
import cn.gov.lyg.enforcement.personnel.certificate.ReviewSchedule;
import cn.gov.lyg.enforcement.personnel.training.TrainingShortfallService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the certificate jobs (expiry, then the end of dated suspensions, then review-overdue) and, after the review
 * deadline, the training-shortfall check of last year every night (default 00:30 Asia/Shanghai,
 * {@code personnel.jobs.cron}); switch off with {@code personnel.jobs.enabled=false}. With several instances each runs it: the jobs are idempotent and the
 * optimistic lock lets exactly one change win per certificate.
 */
@Component
@ConditionalOnProperty(name = "personnel.jobs.enabled", havingValue = "true", matchIfMissing = true)
public class NightlyJobs {

    private final CertificateJobs jobs;
    private final TrainingShortfallService shortfalls;
    private final ReviewSchedule schedule;
    private final Clock clock;

    public NightlyJobs(CertificateJobs jobs, TrainingShortfallService shortfalls, PersonnelProperties properties,
                       Clock clock) {
        this.jobs = jobs;
        this.shortfalls = shortfalls;
        this.schedule = new ReviewSchedule(properties.reviewDueMonthDay());
        this.clock = clock;
    }

    @Scheduled(cron = "${personnel.jobs.cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    public void nightly() {
        LocalDate today = LocalDate.now(clock);
        jobs.expire(today, null, "system");
        jobs.endSuspensions(today, null);
        jobs.reviewOverdue(today, null);
        if (trainingShortfallDue(today, schedule)) {
            shortfalls.detectAll(today.getYear() - 1, null, CertificateJobs.SYSTEM);
        }
    }

    /**
     * The training of last year is checked every night once its annual review deadline (31 March) has passed: by
     * then the year's training records are expected to be complete (they are often entered in the first quarter, and
     * a detection is never withdrawn, so January would announce shortfalls that are only late paperwork). Before the
     * deadline, computed annual reviews that fail for TRAINING_SHORTFALL announce it, and supervisors may run the job
     * for any finished year. Idempotent, so running every night costs a few bulk reads.
     */
    static boolean trainingShortfallDue(LocalDate today, ReviewSchedule schedule) {
        return today.isAfter(schedule.dueDate(today.getYear() - 1));
    }
}
