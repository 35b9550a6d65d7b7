package cn.gov.lyg.enforcement.personnel.jobs;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the certificate jobs every night (default 00:30 Asia/Shanghai, {@code personnel.jobs.cron}); switch off with
 * {@code personnel.jobs.enabled=false}. With several instances each runs it: the jobs are idempotent and the
 * optimistic lock lets exactly one change win per certificate.
 */
@Component
@ConditionalOnProperty(name = "personnel.jobs.enabled", havingValue = "true", matchIfMissing = true)
public class NightlyJobs {

    private final CertificateJobs jobs;
    private final Clock clock;

    public NightlyJobs(CertificateJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${personnel.jobs.cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    public void nightly() {
        LocalDate today = LocalDate.now(clock);
        jobs.expire(today, null, "system");
        jobs.reviewOverdue(today, null);
    }
}
