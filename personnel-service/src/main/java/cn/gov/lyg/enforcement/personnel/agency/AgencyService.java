package cn.gov.lyg.enforcement.personnel.agency;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import cn.gov.lyg.enforcement.platform.identifier.IdentifierConstraintSettings;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Use cases of the agency register. Judicial-bureau supervisors maintain the agencies of the region they cover (the
 * city bureau the city, a county bureau its county); any authenticated caller reads the register (agencies are
 * public organisational data, not personal data).
 */
@Service
public class AgencyService {

    private final AgencyStore store;
    private final Clock clock;
    private final PersonnelProperties properties;

    public AgencyService(AgencyStore store, Clock clock, PersonnelProperties properties) {
        this.store = store;
        this.clock = clock;
        this.properties = properties;
    }

    @SupervisorsOnly
    public Agency create(AgencyRequest request) {
        AgencyRequest resolved = withDefaultSupervisor(request);
        checkRules(resolved);
        requireRegionSupervised(request.regionCode());
        if (store.existsByCode(resolved.uscc())) {
            throw duplicate(resolved.uscc());
        }
        try {
            return store.save(Agency.register(resolved, CurrentScope.get().auditName(), clock));
        } catch (DuplicateKeyException e) {
            throw duplicate(resolved.uscc());
        }
    }

    @SupervisorsOnly
    public Agency update(String ref, Long expectedVersion, AgencyRequest request) {
        Agency agency = loadSupervised(ref);
        Versions.check(agency, expectedVersion);
        AgencyRequest resolved = withDefaultSupervisor(request);
        checkRules(resolved);
        requireRegionSupervised(request.regionCode());
        agency.update(resolved, CurrentScope.get().auditName(), clock);
        return store.save(agency);
    }

    @SupervisorsOnly
    public Agency close(String ref, Long expectedVersion, AgencyStatus status, String successorCode,
                        LocalDate effectiveDate) {
        Agency agency = loadSupervised(ref);
        Versions.check(agency, expectedVersion);
        if (status == null || status == AgencyStatus.ACTIVE) {
            throw ApiException.invalid("AGENCY_STATUS_INVALID", List.of(FieldViolation.of("status",
                    "AGENCY_STATUS_INVALID")));
        }
        String successor = successorCode == null ? null : UnifiedSocialCreditCode.normalise(successorCode);
        if (status == AgencyStatus.MERGED) {
            Agency target = successor == null ? null : store.findByCode(successor).orElse(null);
            if (target == null || !target.isActive() || target.getUscc().equals(agency.getUscc())) {
                throw ApiException.invalid("SUCCESSOR_AGENCY_INVALID",
                        List.of(FieldViolation.of("successorAgencyCode", "SUCCESSOR_AGENCY_INVALID")));
            }
        }
        agency.close(status, status == AgencyStatus.MERGED ? successor : null,
                effectiveDate != null ? effectiveDate : LocalDate.now(clock), CurrentScope.get().auditName(), clock);
        return store.save(agency);
    }

    @Authenticated
    public Agency get(String ref) {
        return load(ref);
    }

    @Authenticated
    public Page<Agency> search(AgencyStore.AgencyFilter filter, Pageable pageable) {
        return store.search(filter, pageable);
    }

    /** For the other features of this service (no authorization of its own). */
    public Agency findByCode(String code) {
        return code == null ? null : store.findByCode(code).orElse(null);
    }

    private Agency load(String ref) {
        return (ref != null && ref.length() == UnifiedSocialCreditCode.LENGTH
                ? store.findByCode(UnifiedSocialCreditCode.normalise(ref)) : store.findById(ref))
                .orElseThrow(() -> ApiException.notFound("Agency", ref));
    }

    private Agency loadSupervised(String ref) {
        Agency agency = load(ref);
        if (!CurrentScope.get().coversRegion(agency.getRegionCode())) {
            throw ApiException.notFound("Agency", ref);
        }
        return agency;
    }

    private void requireRegionSupervised(String regionCode) {
        DataScope scope = CurrentScope.get();
        if (regionCode != null && regionCode.matches("\\d{6}") && !scope.coversRegion(regionCode)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "REGION_NOT_SUPERVISED",
                    List.of(FieldViolation.of("regionCode", "REGION_NOT_SUPERVISED")), regionCode);
        }
    }

    /** The county judicial bureau of the agency's region, else the city bureau. */
    AgencyRequest withDefaultSupervisor(AgencyRequest request) {
        if (request.supervisingJusticeBureauCode() != null || request.regionCode() == null
                || !request.regionCode().matches("\\d{6}")
                || (request.agencyKind() == AgencyKind.JUSTICE_BUREAU && request.adminLevel() == AdminLevel.CITY)) {
            return request;
        }
        String city = request.regionCode().substring(0, 4) + "00";
        return Stream.of(request.regionCode(), city).distinct()
                .flatMap(region -> store.justiceBureausOf(region).stream())
                .filter(b -> !b.getUscc().equals(request.uscc()))
                .findFirst().map(b -> request.withSupervisingJusticeBureau(b.getUscc())).orElse(request);
    }

    private void checkRules(AgencyRequest request) {
        List<String> codes = new ArrayList<>(Stream.of(request.parentAgencyCode(),
                request.supervisingJusticeBureauCode(), request.entrustingAgencyCode()).filter(Objects::nonNull).toList());
        Map<String, Agency> referenced = codes.isEmpty() ? Map.of() : store.findByCodes(codes);
        List<FieldViolation> errors = AgencyRules.check(request, referenced, IdentifierConstraintSettings.regionCodes(),
                properties.regionScopePrefix(), LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
    }

    private static ApiException duplicate(String uscc) {
        return new ApiException(HttpStatus.CONFLICT, "AGENCY_CODE_DUPLICATE",
                List.of(FieldViolation.of("uscc", "AGENCY_CODE_DUPLICATE")), uscc);
    }
}
