package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import cn.gov.lyg.enforcement.personnel.Scopes;
import cn.gov.lyg.enforcement.personnel.agency.Agency;
import cn.gov.lyg.enforcement.personnel.agency.AgencyService;
import cn.gov.lyg.enforcement.personnel.assessment.AssessmentGrade;
import cn.gov.lyg.enforcement.personnel.assessment.AssessmentService;
import cn.gov.lyg.enforcement.personnel.exam.ExamService;
import cn.gov.lyg.enforcement.personnel.officer.EmploymentStatus;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerService;
import cn.gov.lyg.enforcement.personnel.training.OfficerTrainingYear;
import cn.gov.lyg.enforcement.personnel.training.TrainingService;
import cn.gov.lyg.enforcement.personnel.training.TrainingShortfallService;
import cn.gov.lyg.enforcement.personnel.training.TrainingSummary;
import cn.gov.lyg.enforcement.platform.identifier.IdentifierConstraintSettings;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Use cases of the certificate life cycle (DOMAIN.md §2.1.2) with their authorization:
 * <ul>
 *   <li>the officer's agency admin applies, withdraws (hand-back) and reports a loss;</li>
 *   <li>judicial-bureau supervisors covering the holder agency's region approve, reject, issue, suspend, reinstate,
 *       revoke, renew, reissue, cancel (注销 is the issuing bureau's act: supervisors only), expire and record annual
 *       reviews (withdraw and report-lost too);</li>
 *   <li>never on their own certificate (the holder's sign-in name is the caller's): 403 {@code SELF_APPROVAL} for
 *       every supervisor action, so that a bureau's staff holding 行政执法监督证 do not approve, issue, reinstate or
 *       review themselves;</li>
 *   <li>reads follow the officer's scope (an officer reads their own certificates);</li>
 *   <li>outside the scope a certificate does not exist (404); inside the read scope but without the right to act, 403.</li>
 * </ul>
 * At most one enforcement certificate per officer is held (APPLIED, APPROVED, ACTIVE, SUSPENDED or LOST):
 * {@code CERTIFICATE_ALREADY_HELD} (409).
 */
@Service
public class CertificateService {

    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);

    private final CertificateStore store;
    private final OfficerService officers;
    private final AgencyService agencies;
    private final Clock clock;
    private final PersonnelProperties properties;
    private final Pattern numberPattern;
    private final TrainingService training;
    private final AssessmentService assessments;
    private final ExamService exams;
    private final TrainingShortfallService shortfalls;

    public CertificateService(CertificateStore store, OfficerService officers, AgencyService agencies, Clock clock,
                              PersonnelProperties properties,
                              TrainingService training, AssessmentService assessments, ExamService exams,
                              TrainingShortfallService shortfalls) {
        this.shortfalls = shortfalls;
        this.store = store;
        this.exams = exams;
        this.training = training;
        this.assessments = assessments;
        this.officers = officers;
        this.agencies = agencies;
        this.clock = clock;
        this.properties = properties;
        this.numberPattern = Pattern.compile(properties.certificateNoPattern());
    }

    @AgencyAdminsOnly
    public Certificate apply(CertificateRequests.Application request) {
        DataScope scope = CurrentScope.get();
        Officer officer = officers.find(request.officerId())
                .filter(o -> Scopes.manages(scope, o.getAgencyCode()))
                .orElseThrow(() -> ApiException.notFound("Officer", request.officerId()));
        Agency agency = agencies.findByCode(officer.getAgencyCode());
        List<FieldViolation> errors = CertificateRules.checkApplication(request.certificateKind(), officer, agency,
                request.enforcementDomains(), request.enforcementArea(), IdentifierConstraintSettings.regionCodes(),
                properties.regionScopePrefix());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        requireNoneHeld(officer.getId(), request.certificateKind(), null);
        return store.save(Certificate.apply(request.certificateKind(), officer.getId(), officer.getName(),
                officer.getAgencyCode(), officer.getRegionCode(), request.enforcementDomains(),
                request.enforcementArea(), request.authoritySource(), scope.auditName(), clock)
                .followReviewSchedule(new ReviewSchedule(properties.reviewDueMonthDay())));
    }

    @SupervisorsOnly
    public Certificate approve(String id, Long version) {
        Certificate c = loadSupervised(id, version);
        c.require("approve");
        if (properties.examRequired() && c.getCertificateKind() == CertificateKind.ENFORCEMENT
                && !exams.hasPassed(c.getOfficerId())) {
            throw ApiException.conflict("EXAM_NOT_PASSED");
        }
        c.approve(actor(), clock);
        return store.save(c);
    }

    @SupervisorsOnly
    public Certificate reject(String id, Long version, String reason) {
        Certificate c = loadSupervised(id, version);
        c.reject(actor(), reason, clock);
        return store.save(c);
    }

    @SupervisorsOnly
    public Certificate issue(String id, Long version, CertificateRequests.Issue request) {
        Certificate c = loadSupervised(id, version);
        c.require("issue");
        LocalDate from = request.validFrom() != null ? request.validFrom() : LocalDate.now(clock);
        LocalDate to = request.validTo() != null ? request.validTo()
                : CertificateRules.defaultValidTo(from, properties.certificateValidityYears());
        checkIssue(request.certificateNo(), from, to);
        if (to.isBefore(LocalDate.now(clock))) {
            throw ApiException.invalid("VALIDITY_RANGE", List.of(FieldViolation.of("validTo", "VALIDITY_RANGE")));
        }
        requireHolderStillThere(c);
        requireNoneHeld(c.getOfficerId(), c.getCertificateKind(), c.getId());
        c.issue(request.certificateNo(), from, to, actor(), clock);
        return saveNumbered(c);
    }

    @SupervisorsOnly
    public Certificate suspend(String id, Long version, String reason, LocalDate until) {
        Certificate c = loadSupervised(id, version);
        if (until != null && !until.isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("SUSPENSION_END_IN_PAST", List.of(FieldViolation.of("until",
                    "SUSPENSION_END_IN_PAST")));
        }
        c.suspend(reason, until, actor(), clock);
        return store.save(c);
    }

    @SupervisorsOnly
    public Certificate reinstate(String id, Long version, String reason) {
        Certificate c = loadSupervised(id, version);
        c.reinstate(actor(), reason, clock);
        return store.save(c);
    }

    @SupervisorsOnly
    public Certificate revoke(String id, Long version, String reason) {
        Certificate c = loadSupervised(id, version);
        c.revoke(reason, actor(), clock);
        return store.save(c);
    }

    @AgencyAdminsOrSupervisors
    public Certificate withdraw(String id, Long version, String reason) {
        Certificate c = loadManagedOrSupervised(id, version);
        c.withdraw(reason, actor(), clock);
        return store.save(c);
    }

    @AgencyAdminsOrSupervisors
    public Certificate reportLost(String id, Long version, String reason) {
        Certificate c = loadManagedOrSupervised(id, version);
        c.reportLost(reason, actor(), clock);
        return store.save(c);
    }

    @SupervisorsOnly
    public Certificate cancel(String id, Long version, String reason) {
        Certificate c = loadSupervised(id, version);
        c.cancel(reason, actor(), clock);
        return store.save(c);
    }

    @SupervisorsOnly
    public Certificate expire(String id, Long version, LocalDate asOf) {
        Certificate c = loadSupervised(id, version);
        LocalDate today = LocalDate.now(clock);
        List<FieldViolation> errors = CertificateRules.checkAsOf(asOf, today);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        c.expire(asOf != null ? asOf : today, actor(), clock);
        return store.save(c);
    }

    /** 换发: ACTIVE|EXPIRED → a new ACTIVE certificate; the old one is CANCELLED. */
    @SupervisorsOnly
    public Certificate renew(String id, Long version, CertificateRequests.Issue request) {
        return replace(id, version, request, true);
    }

    /** 补发 after a loss: LOST → a new ACTIVE certificate with a new number and the same validity. */
    @SupervisorsOnly
    public Certificate reissue(String id, Long version, CertificateRequests.Issue request) {
        return replace(id, version, request, false);
    }

    private Certificate replace(String id, Long version, CertificateRequests.Issue request, boolean renewal) {
        Certificate old = loadSupervised(id, version);
        old.require(renewal ? "renew" : "reissue");
        LocalDate from;
        LocalDate to;
        if (renewal) {
            from = request.validFrom() != null ? request.validFrom() : LocalDate.now(clock);
            to = request.validTo() != null ? request.validTo()
                    : CertificateRules.defaultValidTo(from, properties.certificateValidityYears());
        } else {
            from = request.validFrom() != null ? request.validFrom() : old.getValidFrom();
            to = request.validTo() != null ? request.validTo() : old.getValidTo();
        }
        checkIssue(request.certificateNo(), from, to);
        if (!to.isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("VALIDITY_RANGE", List.of(FieldViolation.of("validTo", "VALIDITY_RANGE")));
        }
        requireHolderStillThere(old);
        Certificate successor = Certificate.replacing(old, request.certificateNo(), from, to, renewal, actor(), clock);
        // one aggregate per write: cancel the old one first, so that two held certificates never coexist
        old.replacedBy(successor, renewal, actor(), clock);
        store.save(old);
        return saveNumbered(successor);
    }

    @SupervisorsOnly
    public Certificate review(String id, Long version, CertificateRequests.Review request) {
        Certificate c = loadSupervised(id, version);
        LocalDate today = LocalDate.now(clock);
        if (request.year() >= today.getYear() + 1 || c.getValidFrom() == null
                || request.year() <= c.getValidFrom().getYear()) {
            throw ApiException.invalid("REVIEW_YEAR_INVALID", List.of(FieldViolation.of("year",
                    "REVIEW_YEAR_INVALID")));
        }
        if (request.result() == ReviewResult.FAILED && request.failReasons().isEmpty()) {
            throw ApiException.invalid("FAIL_REASON_REQUIRED", List.of(FieldViolation.of("failReasons",
                    "FAIL_REASON_REQUIRED")));
        }
        return recordReview(c, request.year(), request.result(), request.failReasons(), actor());
    }

    /**
     * Records the review of {@code year}: with a given result as given, otherwise computed by
     * {@link AnnualReviewRules} from the officer's training hours of that year, duty status and the certificate's
     * state. A failed review suspends an ACTIVE certificate (or withdraws it, {@code personnel.failed-review-action}).
     */
    public Certificate recordReview(Certificate c, int year, ReviewResult given, List<String> givenReasons,
                                    String actor) {
        TrainingSummary hours = training.summaryOf(c.getOfficerId(), year);
        ReviewResult result = given;
        List<String> reasons = givenReasons;
        if (result == null) {
            Officer officer = officers.find(c.getOfficerId()).orElse(null);
            boolean onPost = officer != null && officer.getEmploymentStatus() == EmploymentStatus.ON_DUTY
                    && officer.getAgencyCode().equals(c.getAgencyCode());
            boolean unqualified = assessments.gradeOf(c.getOfficerId(), year)
                    .filter(grade -> grade == AssessmentGrade.UNQUALIFIED).isPresent();
            reasons = AnnualReviewRules.failReasons(hours.totalHours(), properties.requiredAnnualHours(), onPost,
                    c.getStatus() == CertificateStatus.SUSPENDED, unqualified);
            result = reasons.isEmpty() ? ReviewResult.PASSED : ReviewResult.FAILED;
        }
        ReviewSchedule schedule = new ReviewSchedule(properties.reviewDueMonthDay());
        c.recordReview(new AnnualReviewRecord(year, schedule.dueDate(year), result, reasons,
                hours.totalHours().doubleValue(), actor, clock.instant()), clock);
        if (result == ReviewResult.FAILED && c.getStatus() == CertificateStatus.ACTIVE) {
            String reason = "ANNUAL_REVIEW_FAILED:" + String.join(",", reasons);
            if ("WITHDRAW".equalsIgnoreCase(properties.failedReviewAction())) {
                c.withdraw(reason, actor, clock);
            } else {
                c.suspend(reason, null, actor, clock);
            }
        }
        Certificate saved = store.save(c);
        if (result == ReviewResult.FAILED && reasons != null && reasons.contains("TRAINING_SHORTFALL")) {
            detectTrainingShortfall(saved, year, hours.totalHours(), actor);
        }
        return saved;
    }

    /**
     * {@code TrainingShortfallDetected} after a review that failed for TRAINING_SHORTFALL with hours really short: a
     * follow-up on the officer's training year (its own document, once per officer and year); a failure here does
     * not undo the review and is repaired by the shortfall job.
     */
    private void detectTrainingShortfall(Certificate c, int year, java.math.BigDecimal hours, String actor) {
        try {
            officers.find(c.getOfficerId()).ifPresent(officer -> shortfalls.detect(officer, year, hours,
                    OfficerTrainingYear.SOURCE_ANNUAL_REVIEW, actor));
        } catch (RuntimeException e) {
            log.warn("training shortfall of officer {} in {} not recorded: {}", c.getOfficerId(), year, e.toString());
        }
    }

    @Authenticated
    public Certificate get(String id) {
        return loadReadable(id);
    }

    @Authenticated
    public Page<Certificate> search(CertificateStore.CertificateFilter filter, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        List<String> selfIds = scope.username() == null || scope.agencyCode() == null ? List.of()
                : officers.findAll(Criteria.where("username").is(scope.username())
                .and("agencyCode").is(scope.agencyCode())).stream().map(Officer::getId).toList();
        return store.search(ScopeCriteria.readable(scope, null, selfIds, "officerId"), filter, pageable);
    }

    /** Certificates of an officer (the caller's read scope was checked on the officer). */
    public List<Certificate> ofOfficer(String officerId) {
        return store.findByOfficer(officerId);
    }

    /** Certificates in the given states, unchecked: for reports of other features, which apply their own scope. */
    public List<Certificate> findByStatus(Collection<CertificateStatus> statuses) {
        return store.findByStatus(statuses);
    }

    /**
     * P10: the officer was transferred, moved to a non-enforcement post or left: withdraw held certificates and
     * reject pending applications. Idempotent (a second run finds nothing to do); failures are logged and repaired by
     * the next run, the eligibility check does not depend on it.
     */
    public void withdrawAllOf(Officer officer, String reason, String actor) {
        for (Certificate c : store.findByOfficerAndStatus(officer.getId(), Set.of(CertificateStatus.ACTIVE,
                CertificateStatus.SUSPENDED, CertificateStatus.APPLIED, CertificateStatus.APPROVED))) {
            try {
                if (c.getStatus() == CertificateStatus.APPLIED || c.getStatus() == CertificateStatus.APPROVED) {
                    c.reject(actor, reason, clock);
                } else {
                    c.withdraw(reason, actor, clock);
                }
                store.save(c);
            } catch (RuntimeException e) {
                log.warn("could not withdraw certificate {} of officer {}: {}", c.getId(), officer.getId(), e.toString());
            }
        }
    }

    private void checkIssue(String certificateNo, LocalDate from, LocalDate to) {
        List<FieldViolation> errors = CertificateRules.checkIssue(certificateNo, from, to, numberPattern,
                properties.certificateValidityYears());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        if (store.existsByNumber(certificateNo)) {
            throw duplicateNumber(certificateNo);
        }
    }

    private Certificate saveNumbered(Certificate c) {
        try {
            return store.save(c);
        } catch (DuplicateKeyException e) {
            throw duplicateNumber(c.getCertificateNo());
        }
    }

    private void requireHolderStillThere(Certificate c) {
        Officer officer = officers.find(c.getOfficerId()).orElse(null);
        if (officer == null || officer.getEmploymentStatus() != EmploymentStatus.ON_DUTY) {
            throw ApiException.conflict("OFFICER_NOT_ON_DUTY");
        }
        if (!officer.getAgencyCode().equals(c.getAgencyCode())) {
            throw ApiException.conflict("HOLDER_AGENCY_CHANGED");
        }
    }

    private void requireNoneHeld(String officerId, CertificateKind kind, String except) {
        boolean held = store.findByOfficerAndStatus(officerId, CertificateStatus.HELD).stream()
                .anyMatch(c -> c.getCertificateKind() == kind && !c.getId().equals(except));
        if (held) {
            throw new ApiException(HttpStatus.CONFLICT, "CERTIFICATE_ALREADY_HELD",
                    List.of(FieldViolation.of("officerId", "CERTIFICATE_ALREADY_HELD")));
        }
    }

    private Certificate loadReadable(String id) {
        Certificate c = store.findById(id).orElseThrow(() -> ApiException.notFound("Certificate", id));
        DataScope scope = CurrentScope.get();
        if (Scopes.readsPeopleOf(scope, c.getAgencyCode(), c.getRegionCode())) {
            return c;
        }
        Officer holder = officers.find(c.getOfficerId()).orElse(null);
        if (holder != null && Scopes.isSelf(scope, holder.getAgencyCode(), holder.getUsername())) {
            return c;
        }
        throw ApiException.notFound("Certificate", id);
    }

    private Certificate loadSupervised(String id, Long version) {
        Certificate c = loadReadable(id);
        DataScope scope = CurrentScope.get();
        if (!Scopes.supervises(scope, c.getRegionCode())) {
            throw ApiException.forbidden("ACCESS_DENIED");
        }
        refuseOwn(scope, c);
        Versions.check(c, version);
        return c;
    }

    /** The holder agency's admin, or a supervisor of its region (who never acts on their own certificate). */
    private Certificate loadManagedOrSupervised(String id, Long version) {
        Certificate c = loadReadable(id);
        DataScope scope = CurrentScope.get();
        boolean manages = Scopes.manages(scope, c.getAgencyCode());
        if (!manages && !Scopes.supervises(scope, c.getRegionCode())) {
            throw ApiException.forbidden("ACCESS_DENIED");
        }
        if (!manages) {
            refuseOwn(scope, c);
        }
        Versions.check(c, version);
        return c;
    }

    /** 403 {@code SELF_APPROVAL} when the certificate's holder is the caller. */
    private void refuseOwn(DataScope scope, Certificate c) {
        Officer holder = officers.find(c.getOfficerId()).orElse(null);
        if (holder != null && Scopes.isOwn(scope, holder.getUsername())) {
            throw ApiException.forbidden("SELF_APPROVAL");
        }
    }

    private static String actor() {
        return CurrentScope.get().auditName();
    }

    private static ApiException duplicateNumber(String number) {
        return new ApiException(HttpStatus.CONFLICT, "CERTIFICATE_NO_DUPLICATE",
                List.of(FieldViolation.of("certificateNo", "CERTIFICATE_NO_DUPLICATE")), number);
    }
}
