package cn.gov.lyg.enforcement.personnel.eligibility;

import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateService;
import cn.gov.lyg.enforcement.personnel.certificate.ReviewSchedule;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerService;
import cn.gov.lyg.enforcement.platform.identifier.IdentifierConstraintSettings;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.identifier.RegionValidation;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** Answers "may this officer enforce on this date, in this domain and region?" for callers who may read the officer. */
@Service
public class EligibilityService {

    private final OfficerService officers;
    private final CertificateService certificates;
    private final Clock clock;
    private final ReviewSchedule schedule;
    private final EligibilityReadModel model;

    public EligibilityService(OfficerService officers, CertificateService certificates, Clock clock,
                              PersonnelProperties properties, EligibilityReadModel model) {
        this.officers = officers;
        this.certificates = certificates;
        this.model = model;
        this.clock = clock;
        this.schedule = new ReviewSchedule(properties.reviewDueMonthDay());
    }

    @Authenticated
    public EligibilityResult check(String officerId, LocalDate date, EnforcementDomain domain, String region) {
        RegionCodes regions = IdentifierConstraintSettings.regionCodes();
        if (region != null) {
            // historical codes are accepted (an old record may name 320705); the area check follows replacements
            RegionValidation v = regions.validateForHistoricalRecord(region, null);
            if (!v.accepted()) {
                throw ApiException.invalid(v.status().code(), List.of(FieldViolation.of("region", v.status().code())));
            }
        }
        Officer known = model.isLoaded() ? model.officer(officerId).orElse(null) : null;
        if (known == null) {
            // the model is not loaded yet, or the officer was registered by another instance since its last refresh
            Officer officer = officers.loadReadable(officerId);
            return new Eligibility(schedule, regions).evaluate(officer, certificates.ofOfficer(officer.getId()),
                    date != null ? date : LocalDate.now(clock), domain, region);
        }
        officers.requireReadable(known);
        return new Eligibility(schedule, regions).evaluate(known, model.certificatesOf(known.getId()),
                date != null ? date : LocalDate.now(clock), domain, region);
    }

    /**
     * The same answer for up to 200 officers at once (team checks: P1 needs two assignable officers); officers
     * outside the caller's scope or unknown come back with {@code found = false} and no facts.
     */
    @Authenticated
    public List<BatchEntry> checkMany(List<String> officerIds, LocalDate date, EnforcementDomain domain, String region) {
        if (officerIds == null || officerIds.isEmpty() || officerIds.size() > 200) {
            throw ApiException.invalid("FIELD_LENGTH", List.of(FieldViolation.of("officerIds", "FIELD_LENGTH")));
        }
        return officerIds.stream().distinct().map(id -> {
            try {
                return new BatchEntry(id, true, check(id, date, domain, region));
            } catch (ApiException e) {
                if (e.status().value() == 404) {
                    return new BatchEntry(id, false, null);
                }
                throw e;
            }
        }).toList();
    }

    /** One officer of a batch answer. */
    public record BatchEntry(String officerId, boolean found, EligibilityResult eligibility) {
    }
}
