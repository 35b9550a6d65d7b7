package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStatus;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStore;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The certificate jobs, each for an {@code asOf} date and idempotent (a second run over the same
 * date changes nothing): expiry (ACTIVE|SUSPENDED whose validTo is before asOf → EXPIRED, one event each), the end of
 * dated suspensions (SUSPENDED whose suspendedUntil is before asOf → ACTIVE) and review-overdue detection (a report of the certificates whose annual review deadline has passed without a PASSED
 * review; they are not assignable, which the eligibility check applies by itself on every date).
 */
@Component
public class CertificateJobs {

    /** The actor of automatic changes. */
    public static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(CertificateJobs.class);
    private final CertificateStore store;
    private final Clock clock;
    private final ReviewSchedule schedule;
    private final cn.gov.lyg.enforcement.personnel.certificate.CertificateService certificates;

    public CertificateJobs(CertificateStore store, Clock clock, PersonnelProperties properties,
                           cn.gov.lyg.enforcement.personnel.certificate.CertificateService certificates) {
        this.store = store;
        this.certificates = certificates;
        this.clock = clock;
        this.schedule = new ReviewSchedule(properties.reviewDueMonthDay());
    }

    /** Expires within the caller's region ({@code null} scope: the whole city, for the nightly run). */
    public JobReport expire(LocalDate asOf, DataScope scope, String actor) {
        List<String> changed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Certificate c : store.validityEndedBefore(asOf, Set.of(CertificateStatus.ACTIVE,
                CertificateStatus.SUSPENDED))) {
            if (scope != null && !scope.coversRegion(c.getRegionCode())) {
                continue;
            }
            try {
                c.expire(asOf, actor, clock);
                store.save(c);
                changed.add(c.getId());
            } catch (OptimisticLockingFailureException e) {
                failed.add(c.getId());
            }
        }
        log.info("certificate expiry as of {}: {} expired, {} to retry", asOf, changed.size(), failed.size());
        return new JobReport("certificate-expiry", asOf, changed.size(), changed, failed);
    }

    /**
     * 暂扣期满发还: reinstates every SUSPENDED certificate in scope whose suspension end date is before {@code asOf}
     * (one {@code CertificateReinstated} each, actor {@code system}, reason {@code SUSPENSION_ENDED}). Suspensions
     * without an end date stay; a certificate whose validity has ended by {@code asOf} is left to the expiry job.
     * Idempotent: a reinstated certificate is no longer SUSPENDED.
     */
    public JobReport endSuspensions(LocalDate asOf, DataScope scope) {
        List<String> changed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Certificate c : store.suspensionEndedBefore(asOf)) {
            if ((scope != null && !scope.coversRegion(c.getRegionCode())) || !c.suspensionEndedBy(asOf)) {
                continue;
            }
            try {
                c.endSuspension(asOf, SYSTEM, clock);
                store.save(c);
                changed.add(c.getId());
            } catch (OptimisticLockingFailureException e) {
                failed.add(c.getId());
            }
        }
        log.info("suspension end as of {}: {} reinstated, {} to retry", asOf, changed.size(), failed.size());
        return new JobReport("suspension-end", asOf, changed.size(), changed, failed);
    }

    /** Lists the certificates whose review is overdue on {@code asOf}; changes nothing. */
    public JobReport reviewOverdue(LocalDate asOf, DataScope scope) {
        List<String> overdue = new ArrayList<>();
        for (Certificate c : store.findByStatus(Set.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED))) {
            if (scope != null && !scope.coversRegion(c.getRegionCode())) {
                continue;
            }
            OptionalInt year = schedule.overdueYear(c.getValidFrom(), c.getLastReviewYear(), asOf);
            if (year.isPresent() && !c.getValidTo().isBefore(asOf)) {
                overdue.add(c.getId());
            }
        }
        return new JobReport("review-overdue", asOf, overdue.size(), overdue, List.of());
    }

    /**
     * 年度审验 of {@code year} for every ACTIVE or SUSPENDED enforcement certificate in scope that needs one (issued
     * before that year) and has no PASSED or FAILED review of it yet: computed from training hours, duty and
     * suspension; a failure suspends the certificate. Idempotent: a second run finds every certificate reviewed.
     */
    public JobReport annualReview(int year, DataScope scope, String actor) {
        List<String> failed = new ArrayList<>();
        List<String> reviewed = new ArrayList<>();
        for (Certificate c : store.findByStatus(Set.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED))) {
            if ((scope != null && !scope.coversRegion(c.getRegionCode()))
                    || c.getCertificateKind() != cn.gov.lyg.enforcement.events.vocabulary.CertificateKind.ENFORCEMENT
                    || c.getValidFrom() == null || c.getValidFrom().getYear() >= year
                    || c.getReviews().stream().anyMatch(r -> r.year() == year
                    && r.result() != cn.gov.lyg.enforcement.personnel.certificate.ReviewResult.DEFERRED)) {
                continue;
            }
            try {
                Certificate saved = certificates.recordReview(c, year, null, null, actor);
                reviewed.add(saved.getId());
                if (saved.getReviews().get(saved.getReviews().size() - 1).result()
                        == cn.gov.lyg.enforcement.personnel.certificate.ReviewResult.FAILED) {
                    failed.add(saved.getId());
                }
            } catch (OptimisticLockingFailureException e) {
                log.info("annual review of {} to retry: {}", c.getId(), e.getMessage());
            }
        }
        return new JobReport("annual-review", LocalDate.of(year, 12, 31), reviewed.size(), reviewed, failed);
    }

    /** What a job run did ({@code failed}: for the annual review, the certificates that failed it). */
    public record JobReport(String job, LocalDate asOf, int count, List<String> certificateIds, List<String> failed) {
    }
}
