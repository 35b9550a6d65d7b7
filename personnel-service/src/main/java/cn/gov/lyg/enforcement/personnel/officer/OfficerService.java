package cn.gov.lyg.enforcement.personnel.officer;

import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import cn.gov.lyg.enforcement.personnel.Scopes;
import cn.gov.lyg.enforcement.personnel.agency.Agency;
import cn.gov.lyg.enforcement.personnel.agency.AgencyService;
import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.identifier.InvalidIdentifierException;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Use cases of the officer register. An agency's admin registers and manages its own officers; supervisors,
 * agency leaders and system clients read within their scope; an officer reads themself; anything else answers 404.
 * Transfers, post changes and leaving the service publish {@link OfficerLeftEnforcement}; the certificate feature
 * withdraws the officer's certificates on it as an idempotent follow-up (one aggregate per write; the eligibility
 * check does not depend on it, since it compares the certificate's holder agency and the officer's duty status
 * itself).
 */
@Service
public class OfficerService {

    private final OfficerStore store;
    private final AgencyService agencies;
    private final ApplicationEventPublisher events;
    private final IdCardCipher cipher;
    private final Clock clock;
    private final Education minimumEducation;
    private final boolean strictGender;

    public OfficerService(OfficerStore store, AgencyService agencies, ApplicationEventPublisher events,
                          IdCardCipher cipher, Clock clock, PersonnelProperties properties) {
        this.store = store;
        this.agencies = agencies;
        this.events = events;
        this.cipher = cipher;
        this.clock = clock;
        this.minimumEducation = Education.valueOf(properties.minimumEducation());
        this.strictGender = properties.strictGenderCheck();
    }

    @AgencyAdminsOnly
    public Officer register(OfficerRequest request) {
        DataScope scope = CurrentScope.get();
        if (!scope.belongsTo(request.agencyCode())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "AGENCY_NOT_OWN",
                    List.of(FieldViolation.of("agencyCode", "AGENCY_NOT_OWN")));
        }
        Agency agency = activeAgency(request.agencyCode(), "agencyCode");
        CitizenIdNumber id;
        try {
            id = CitizenIdNumber.of(request.idCardNo(), clock);
        } catch (InvalidIdentifierException e) {
            throw ApiException.invalid(e.code(), List.of(FieldViolation.of("idCardNo", e.code())));
        }
        List<FieldViolation> errors = new ArrayList<>(OfficerRules.checkProfile(request.profile(), false,
                minimumEducation));
        errors.addAll(OfficerRules.checkIdentity(id, strictGender ? request.gender() : null, LocalDate.now(clock)));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        String hash = cipher.hash(id.value());
        if (store.existsByIdCardHash(hash)) {
            throw duplicateId();
        }
        Officer officer = Officer.register(request.profile(),
                request.gender() != null ? request.gender() : OfficerRules.genderOf(id), cipher.encrypt(id.value()),
                hash, id.masked(), agency.getUscc(), agency.getRegionCode(), LocalDate.now(clock), scope.auditName(),
                clock);
        try {
            return store.save(officer);
        } catch (DuplicateKeyException e) {
            throw duplicateId();
        }
    }

    @AgencyAdminsOnly
    public Officer update(String id, Long expectedVersion, OfficerProfile profile) {
        Officer officer = loadManaged(id);
        Versions.check(officer, expectedVersion);
        List<FieldViolation> errors = OfficerRules.checkProfile(profile, officer.isLegalReviewer(), minimumEducation);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        officer.updateProfile(profile, profile.gender() != null ? profile.gender() : officer.getGender(),
                CurrentScope.get().auditName(), clock);
        return store.save(officer);
    }

    @AgencyAdminsOnly
    public Officer transfer(String id, Long expectedVersion, String toAgencyCode, LocalDate effectiveDate,
                            String reason) {
        Officer officer = loadManaged(id);
        Versions.check(officer, expectedVersion);
        Agency target = activeAgency(toAgencyCode == null ? null : UnifiedSocialCreditCode.normalise(toAgencyCode),
                "toAgencyCode");
        String actor = CurrentScope.get().auditName();
        officer.transfer(target.getUscc(), target.getRegionCode(), dateOrToday(effectiveDate), actor, reason, clock);
        Officer saved = store.save(officer);
        events.publishEvent(new OfficerLeftEnforcement(saved, "TRANSFERRED", actor));
        return saved;
    }

    @AgencyAdminsOnly
    public Officer changeDuty(String id, Long expectedVersion, EmploymentStatus status, LocalDate effectiveDate,
                              String reason) {
        Officer officer = loadManaged(id);
        Versions.check(officer, expectedVersion);
        String actor = CurrentScope.get().auditName();
        officer.changeDuty(status, dateOrToday(effectiveDate), actor, reason, clock);
        Officer saved = store.save(officer);
        if (status == EmploymentStatus.NON_ENFORCEMENT_POST) {
            events.publishEvent(new OfficerLeftEnforcement(saved, "NOT_ON_ENFORCEMENT_POST", actor));
        }
        return saved;
    }

    @AgencyAdminsOnly
    public Officer leave(String id, Long expectedVersion, EmploymentStatus status, LocalDate effectiveDate,
                         String reason) {
        Officer officer = loadManaged(id);
        Versions.check(officer, expectedVersion);
        String actor = CurrentScope.get().auditName();
        officer.leave(status, dateOrToday(effectiveDate), actor, reason, clock);
        Officer saved = store.save(officer);
        events.publishEvent(new OfficerLeftEnforcement(saved, "LEFT_SERVICE_" + status.name(), actor));
        return saved;
    }

    /** The officer, unchecked: for other features' use cases, which apply their own scope. */
    public Optional<Officer> find(String id) {
        return id == null ? Optional.empty() : store.findById(id);
    }

    /** Officers matching the criteria, unchecked: for other features' use cases and reports. */
    public List<Officer> findAll(Criteria criteria) {
        return store.findAll(criteria);
    }

    /** Whether an officer with the ID-number hash exists (auxiliary staff may not be officers at the same time). */
    public boolean existsByIdCardHash(String idCardHash) {
        return store.existsByIdCardHash(idCardHash);
    }

    @Authenticated
    public Officer get(String id) {
        return loadReadable(id);
    }

    /**
     * The full ID number: only for the admin of the owning agency, for a stated purpose, and every read is written
     * with reader and purpose to the audit trail in the same document write (the read fails if the audit cannot be
     * written). The role is checked by the policy, the agency here (defence in depth: {@code FULL_ID_READ_DENIED}).
     */
    @AgencyAdminsOnly
    public OfficerView.Identity identity(String id, String purpose) {
        Officer officer = loadReadable(id);
        DataScope scope = CurrentScope.get();
        if (!Scopes.manages(scope, officer.getAgencyCode())) {
            throw ApiException.forbidden("FULL_ID_READ_DENIED");
        }
        if (purpose == null || purpose.isBlank() || purpose.strip().length() < 2 || purpose.length() > 200) {
            throw ApiException.invalid("PURPOSE_REQUIRED", List.of(FieldViolation.of("purpose", "PURPOSE_REQUIRED")));
        }
        officer.recordFullIdRead(scope.auditName(), purpose.strip());
        Officer saved = store.save(officer);
        return new OfficerView.Identity(saved.getId(), saved.getName(), cipher.decrypt(saved.getIdCardCipher()),
                saved.getMobile());
    }

    @Authenticated
    public Page<Officer> search(OfficerStore.OfficerFilter filter, String idCardNo, Pageable pageable) {
        OfficerStore.OfficerFilter effective = filter;
        if (idCardNo != null && !idCardNo.isBlank()) {
            effective = new OfficerStore.OfficerFilter(filter.agencyCode(), filter.employmentStatus(),
                    filter.legalReviewer(), cipher.hash(CitizenIdNumber.normalise(idCardNo)), filter.text());
        }
        return store.search(ScopeCriteria.readable(CurrentScope.get(), "username", null, null), effective, pageable);
    }

    /** An officer the caller may read, or 404 (for the other features of this service). */
    public Officer loadReadable(String id) {
        return requireReadable(store.findById(id).orElseThrow(() -> ApiException.notFound("Officer", id)));
    }

    /** The officer if the caller may read them, else 404 (outside the scope a record does not exist). */
    public Officer requireReadable(Officer officer) {
        if (!Scopes.readsPerson(CurrentScope.get(), officer.getAgencyCode(), officer.getRegionCode(),
                officer.getUsername())) {
            throw ApiException.notFound("Officer", officer.getId());
        }
        return officer;
    }

    private Officer loadManaged(String id) {
        Officer officer = store.findById(id).orElseThrow(() -> ApiException.notFound("Officer", id));
        if (!Scopes.manages(CurrentScope.get(), officer.getAgencyCode())) {
            throw ApiException.notFound("Officer", id);
        }
        return officer;
    }

    private Agency activeAgency(String code, String field) {
        Agency agency = agencies.findByCode(code);
        if (agency == null || !agency.isActive()) {
            throw ApiException.invalid("AGENCY_UNKNOWN", List.of(FieldViolation.of(field, "AGENCY_UNKNOWN")));
        }
        return agency;
    }

    private LocalDate dateOrToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    private static ApiException duplicateId() {
        return new ApiException(HttpStatus.CONFLICT, "OFFICER_ID_CARD_DUPLICATE",
                List.of(FieldViolation.of("idCardNo", "OFFICER_ID_CARD_DUPLICATE")));
    }
}
