package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.events.personnel.AnnualReviewFailed;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewPassed;
import cn.gov.lyg.enforcement.events.personnel.CertificateCancelled;
import cn.gov.lyg.enforcement.events.personnel.CertificateExpired;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateReinstated;
import cn.gov.lyg.enforcement.events.personnel.CertificateRenewed;
import cn.gov.lyg.enforcement.events.personnel.CertificateReportedLost;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.personnel.CertificateWithdrawn;
import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 行政执法证件 and its state machine (DOMAIN.md §2.1.2): apply → approve → issue → ACTIVE; suspend/reinstate;
 * withdraw → cancel; revoke; report lost → reissue (new number) or cancel; expire → renew (new certificate) or
 * cancel. Each transition is checked here (409 {@code INVALID_TRANSITION} with the allowed actions), recorded in the
 * certificate's history and the audit trail, and, from issue on, published as an event carrying everything a
 * consumer needs to decide assignability. The holder agency is a snapshot taken at application ({@code agencyCode}).
 */
@Document(Certificate.COLLECTION)
public class Certificate extends AggregateDocument {

    public static final String COLLECTION = "certificates";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Id
    private String id;
    private String certificateNo;
    private CertificateKind certificateKind;
    private String officerId;
    private String officerName;
    private String agencyCode;
    private String regionCode;
    private Set<EnforcementDomain> enforcementDomains;
    private Set<String> enforcementArea;
    private String authoritySource;
    private LocalDate validFrom;
    private LocalDate validTo;
    private CertificateStatus status;
    private Integer lastReviewYear;
    private LocalDate suspendedUntil;
    private String statusReason;
    private String previousCertificateId;
    private String replacedByCertificateId;
    private Instant issuedAt;
    private List<Transition> history = new ArrayList<>();
    private List<AnnualReviewRecord> reviews = new ArrayList<>();
    /** The configured review schedule, for the due date in the events (set on load and on creation, never stored). */
    @Transient
    private ReviewSchedule reviewSchedule;

    protected Certificate() {
        // for the mapping layer
    }

    /** 申领: a new application, checked by {@link CertificateRules}. */
    public static Certificate apply(CertificateKind kind, String officerId, String officerName, String agencyCode,
                                    String regionCode, Set<EnforcementDomain> domains, Set<String> area,
                                    String authoritySource, String actor, Clock clock) {
        Certificate c = new Certificate();
        c.id = UUID.randomUUID().toString();
        c.certificateKind = kind;
        c.officerId = officerId;
        c.officerName = officerName;
        c.agencyCode = agencyCode;
        c.regionCode = regionCode;
        c.enforcementDomains = Set.copyOf(domains);
        c.enforcementArea = Set.copyOf(area);
        c.authoritySource = authoritySource;
        c.status = CertificateStatus.APPLIED;
        c.record("apply", null, CertificateStatus.APPLIED, actor, null, clock);
        c.audit("CERTIFICATE_APPLIED", Map.of("officerId", officerId, "kind", kind.name()));
        return c;
    }

    /** A replacement issued directly ACTIVE: a renewal (换发) or a reissue after a loss (补发). */
    static Certificate replacing(Certificate old, String certificateNo, LocalDate validFrom, LocalDate validTo,
                                 boolean renewal, String actor, Clock clock) {
        Certificate c = new Certificate();
        c.id = UUID.randomUUID().toString();
        c.certificateKind = old.certificateKind;
        c.officerId = old.officerId;
        c.officerName = old.officerName;
        c.agencyCode = old.agencyCode;
        c.regionCode = old.regionCode;
        c.enforcementDomains = old.getEnforcementDomains();
        c.enforcementArea = old.getEnforcementArea();
        c.authoritySource = old.authoritySource;
        c.lastReviewYear = old.lastReviewYear;
        c.reviewSchedule = old.reviewSchedule;
        c.previousCertificateId = old.id;
        c.certificateNo = certificateNo;
        c.validFrom = validFrom;
        c.validTo = validTo;
        c.status = CertificateStatus.ACTIVE;
        c.issuedAt = clock.instant();
        String action = renewal ? "renew" : "reissue";
        c.record(action, null, CertificateStatus.ACTIVE, actor, null, clock);
        c.audit(renewal ? "CERTIFICATE_RENEWED" : "CERTIFICATE_REISSUED",
                Map.of("certificateNo", certificateNo, "previousCertificateId", old.id));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (renewal) {
            c.raise(new CertificateRenewed(UUID.randomUUID().toString(), now, c.id, c.nextVersion(), c.regionCode,
                    c.agencyCode, c.officerId, now, actor, null, old.id, c.snapshot()));
        } else {
            c.raise(new CertificateIssued(UUID.randomUUID().toString(), now, c.id, c.nextVersion(), c.regionCode,
                    c.agencyCode, c.officerId, now, actor, "REISSUED_AFTER_LOSS", old.id, c.snapshot()));
        }
        return c;
    }

    public void approve(String actor, Clock clock) {
        transition("approve", CertificateStatus.APPROVED, actor, null, clock);
        audit("CERTIFICATE_APPROVED", Map.of("officerId", officerId));
    }

    public void reject(String actor, String reason, Clock clock) {
        transition("reject", CertificateStatus.REJECTED, actor, reason, clock);
        audit("CERTIFICATE_REJECTED", details(reason));
    }

    /** 制证发放: APPROVED → ACTIVE with its number and validity (checked by {@link CertificateRules}). */
    public void issue(String number, LocalDate from, LocalDate to, String actor, Clock clock) {
        require("issue");
        this.certificateNo = number;
        this.validFrom = from;
        this.validTo = to;
        this.issuedAt = clock.instant();
        transition("issue", CertificateStatus.ACTIVE, actor, null, clock);
        audit("CERTIFICATE_ISSUED", Map.of("certificateNo", number, "validTo", to.toString()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new CertificateIssued(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                officerId, now, actor, null, null, snapshot()));
    }

    /** 暂扣. */
    public void suspend(String reason, LocalDate until, String actor, Clock clock) {
        transition("suspend", CertificateStatus.SUSPENDED, actor, reason, clock);
        this.suspendedUntil = until;
        audit("CERTIFICATE_SUSPENDED", details(reason));
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new CertificateSuspended(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                officerId, now, actor, reason, until, snapshot()));
    }

    /** 发还. A certificate whose validity has ended cannot come back (it expires instead). */
    public void reinstate(String actor, String reason, Clock clock) {
        require("reinstate");
        if (validTo.isBefore(LocalDate.now(clock))) {
            throw ApiException.conflict("CERTIFICATE_VALIDITY_ENDED", validTo);
        }
        transition("reinstate", CertificateStatus.ACTIVE, actor, reason, clock);
        this.suspendedUntil = null;
        audit("CERTIFICATE_REINSTATED", details(reason));
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new CertificateReinstated(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                officerId, now, actor, reason, snapshot()));
    }

    /**
     * Whether the suspension has run its course by {@code asOf}: SUSPENDED with an end date ({@code suspendedUntil})
     * before {@code asOf} (the day after the end date is the first day back) while the certificate is still valid on
     * {@code asOf}. A suspension without an end date (e.g. after a failed annual review) only ends by a decision; a
     * certificate whose validity has ended by then expires instead of coming back.
     */
    public boolean suspensionEndedBy(LocalDate asOf) {
        return status == CertificateStatus.SUSPENDED && suspendedUntil != null && suspendedUntil.isBefore(asOf)
                && validTo != null && !validTo.isBefore(asOf);
    }

    /**
     * 暂扣期满自动发还: SUSPENDED → ACTIVE as of {@code asOf} because the suspension's end date has passed; the
     * effective time is the start of the day after {@code suspendedUntil}. Rejected with {@code SUSPENSION_NOT_ENDED}
     * (409) unless {@link #suspensionEndedBy} holds.
     */
    public void endSuspension(LocalDate asOf, String actor, Clock clock) {
        require("reinstate");
        if (!suspensionEndedBy(asOf)) {
            throw ApiException.conflict("SUSPENSION_NOT_ENDED", suspendedUntil == null ? "-" : suspendedUntil);
        }
        LocalDate until = suspendedUntil;
        String reason = "SUSPENSION_ENDED";
        transition("reinstate", CertificateStatus.ACTIVE, actor, reason, clock);
        this.suspendedUntil = null;
        audit("CERTIFICATE_REINSTATED", Map.of("reason", reason, "suspendedUntil", until.toString(),
                "asOf", asOf.toString()));
        OffsetDateTime effective = until.plusDays(1).atStartOfDay(SHANGHAI).toOffsetDateTime();
        raise(new CertificateReinstated(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                regionCode, agencyCode, officerId, effective, actor, reason, snapshot()));
    }

    /** 收回 (transfer, leaving the enforcement post, retirement...). */
    public void withdraw(String reason, String actor, Clock clock) {
        transition("withdraw", CertificateStatus.WITHDRAWN, actor, reason, clock);
        audit("CERTIFICATE_WITHDRAWN", details(reason));
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new CertificateWithdrawn(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                officerId, now, actor, reason, snapshot()));
    }

    /** 吊销, terminal. */
    public void revoke(String reason, String actor, Clock clock) {
        transition("revoke", CertificateStatus.REVOKED, actor, reason, clock);
        audit("CERTIFICATE_REVOKED", details(reason));
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new CertificateRevoked(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                officerId, now, actor, reason, snapshot()));
    }

    /** 注销, terminal. */
    public void cancel(String reason, String actor, Clock clock) {
        transition("cancel", CertificateStatus.CANCELLED, actor, reason, clock);
        audit("CERTIFICATE_CANCELLED", details(reason));
        raiseCancelled(reason, actor, clock);
    }

    /** 挂失. */
    public void reportLost(String reason, String actor, Clock clock) {
        transition("report-lost", CertificateStatus.LOST, actor, reason, clock);
        audit("CERTIFICATE_REPORTED_LOST", details(reason));
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new CertificateReportedLost(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode,
                agencyCode, officerId, now, actor, reason, snapshot()));
    }

    /**
     * validTo passed: ACTIVE|SUSPENDED → EXPIRED as of {@code asOf} (the first day after validTo is the effective
     * time). Rejected with {@code CERTIFICATE_NOT_EXPIRED} while still valid on {@code asOf}.
     */
    public void expire(LocalDate asOf, String actor, Clock clock) {
        require("expire");
        if (!validTo.isBefore(asOf)) {
            throw ApiException.conflict("CERTIFICATE_NOT_EXPIRED", validTo);
        }
        transition("expire", CertificateStatus.EXPIRED, actor, null, clock);
        audit("CERTIFICATE_EXPIRED", Map.of("validTo", validTo.toString(), "asOf", asOf.toString()));
        OffsetDateTime effective = validTo.plusDays(1).atStartOfDay(SHANGHAI).toOffsetDateTime();
        raise(new CertificateExpired(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                regionCode, agencyCode, officerId, effective, actor, null, snapshot()));
    }

    /** The old certificate of a renewal (ACTIVE|EXPIRED) or a reissue (LOST) becomes CANCELLED. */
    void replacedBy(Certificate successor, boolean renewal, String actor, Clock clock) {
        require(renewal ? "renew" : "reissue");
        this.replacedByCertificateId = successor.id;
        String reason = renewal ? "RENEWED" : "REISSUED";
        record(renewal ? "renew" : "reissue", status, CertificateStatus.CANCELLED, actor, reason, clock);
        this.status = CertificateStatus.CANCELLED;
        this.statusReason = reason;
        audit("CERTIFICATE_CANCELLED", Map.of("reason", reason, "replacedBy", successor.id));
        raiseCancelled(reason, actor, clock);
    }

    /** Records an annual review 年度审验 of {@code year}; a pass moves {@code lastReviewYear} forward. */
    public void recordReview(AnnualReviewRecord review, Clock clock) {
        require("annual-review");
        if (reviews.stream().anyMatch(r -> r.year() == review.year() && r.result() == ReviewResult.PASSED)) {
            throw ApiException.conflict("ANNUAL_REVIEW_ALREADY_PASSED", review.year());
        }
        reviews.add(review);
        if (review.result() == ReviewResult.PASSED && (lastReviewYear == null || review.year() > lastReviewYear)) {
            lastReviewYear = review.year();
        }
        audit("ANNUAL_REVIEW_" + review.result().name(), Map.of("year", review.year()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> reasons = review.failReasons() == null ? List.of() : List.copyOf(review.failReasons());
        if (review.result() == ReviewResult.PASSED) {
            raise(new AnnualReviewPassed(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                    officerId, now, review.reviewedBy(), null, review.year(), review.dueDate(), reasons, snapshot()));
        } else if (review.result() == ReviewResult.FAILED) {
            raise(new AnnualReviewFailed(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                    officerId, now, review.reviewedBy(), String.join(",", reasons), review.year(), review.dueDate(),
                    reasons, snapshot()));
        }
    }

    private void raiseCancelled(String reason, String actor, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new CertificateCancelled(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                officerId, now, actor, reason, snapshot()));
    }

    private void transition(String action, CertificateStatus to, String actor, String reason, Clock clock) {
        require(action);
        record(action, status, to, actor, reason, clock);
        this.status = to;
        this.statusReason = reason;
    }

    private void record(String action, CertificateStatus from, CertificateStatus to, String actor, String reason,
                        Clock clock) {
        history.add(new Transition(clock.instant(), action, from, to, actor, reason));
    }

    void require(String action) {
        if (!status.allowedActions().contains(action)) {
            throw new InvalidTransitionException("Certificate", status, action, status.allowedActions());
        }
    }

    private static Map<String, Object> details(String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (reason != null) {
            details.put("reason", reason);
        }
        return details;
    }

    /**
     * The status at the end of {@code date} (Asia/Shanghai), replayed from the history: an issue, renewal or reissue
     * takes effect from validFrom (a back-dated issue), every other transition when it was recorded. {@code null} when
     * nothing had happened yet by then; the current status for today and later.
     */
    public CertificateStatus statusOn(LocalDate date) {
        Instant end = date.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        CertificateStatus result = null;
        for (Transition t : getHistory()) {
            boolean issuing = t.action().equals("issue") || t.action().equals("renew")
                    || t.action().equals("reissue");
            Instant effective = issuing && validFrom != null && t.to() == CertificateStatus.ACTIVE
                    ? validFrom.atStartOfDay(SHANGHAI).toInstant() : t.at();
            if (t.action().equals("expire") && validTo != null) {
                // expiry takes effect the day after validTo, whenever the job ran (late, or early for an asOf ahead)
                effective = validTo.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
            }
            if (effective.isBefore(end)) {
                result = t.to();
            }
        }
        return result;
    }

    /**
     * Uses the configured review schedule for the due dates this certificate publishes (the store sets it on every
     * load, the service on creation; without one the default schedule, 31 March, applies).
     */
    public Certificate followReviewSchedule(ReviewSchedule schedule) {
        this.reviewSchedule = schedule;
        return this;
    }

    /** The day by which the first annual review not yet passed is due ({@code null} before issue). */
    public LocalDate nextReviewDueDate() {
        if (validFrom == null) {
            return null;
        }
        ReviewSchedule schedule = reviewSchedule != null ? reviewSchedule : ReviewSchedule.defaults();
        return schedule.nextDueDate(validFrom, lastReviewYear, validFrom);
    }

    /** The certificate as consumers see it in events, with the next review due date of personnel's schedule. */
    public CertificateSnapshot snapshot() {
        return new CertificateSnapshot(id, certificateNo, certificateKind.name(), officerId, agencyCode, regionCode,
                getEnforcementDomains().stream().sorted().map(Enum::name).toList(),
                getEnforcementArea().stream().sorted().toList(), authoritySource, validFrom, validTo, status.name(),
                lastReviewYear, nextReviewDueDate());
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "Certificate";
    }

    public String getId() {
        return id;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public CertificateKind getCertificateKind() {
        return certificateKind;
    }

    public String getOfficerId() {
        return officerId;
    }

    public String getOfficerName() {
        return officerName;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Set<EnforcementDomain> getEnforcementDomains() {
        return enforcementDomains == null ? Set.of() : Set.copyOf(enforcementDomains);
    }

    public Set<String> getEnforcementArea() {
        return enforcementArea == null ? Set.of() : Set.copyOf(enforcementArea);
    }

    public String getAuthoritySource() {
        return authoritySource;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public Integer getLastReviewYear() {
        return lastReviewYear;
    }

    public LocalDate getSuspendedUntil() {
        return suspendedUntil;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getPreviousCertificateId() {
        return previousCertificateId;
    }

    public String getReplacedByCertificateId() {
        return replacedByCertificateId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public List<Transition> getHistory() {
        return history == null ? List.of() : List.copyOf(history);
    }

    public List<AnnualReviewRecord> getReviews() {
        return reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** One step of the state machine. */
    public record Transition(Instant at, String action, CertificateStatus from, CertificateStatus to, String actor,
                             String reason) {
    }
}
