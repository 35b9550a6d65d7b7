package cn.gov.lyg.enforcement.personnel.training;

import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import cn.gov.lyg.enforcement.personnel.Scopes;
import cn.gov.lyg.enforcement.personnel.agency.Agency;
import cn.gov.lyg.enforcement.personnel.agency.AgencyService;
import cn.gov.lyg.enforcement.personnel.officer.EmploymentStatus;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerService;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Training records (P7): the officer's agency admin records them; reads follow the officer's scope. The yearly
 * requirement is {@code personnel.required-annual-hours} (default 60).
 */
@Service
public class TrainingService {

    private final TrainingStore store;
    private final OfficerService officers;
    private final AgencyService agencies;
    private final Clock clock;
    private final int requiredHours;

    public TrainingService(TrainingStore store, OfficerService officers,
                           AgencyService agencies, Clock clock, PersonnelProperties properties) {
        this.store = store;
        this.officers = officers;
        this.agencies = agencies;
        this.clock = clock;
        this.requiredHours = properties.requiredAnnualHours();
    }

    @AgencyAdminsOnly
    public TrainingRecord record(TrainingRequest request) {
        Officer officer = officers.find(request.officerId())
                .filter(o -> Scopes.manages(CurrentScope.get(), o.getAgencyCode()))
                .orElseThrow(() -> ApiException.notFound("Officer", request.officerId()));
        List<FieldViolation> errors = TrainingRecord.check(request, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        return store.save(TrainingRecord.record(request, officer.getAgencyCode(), officer.getRegionCode()));
    }

    @Authenticated
    public Page<TrainingRecord> search(String officerId, Integer year, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        List<String> selfIds = scope.username() == null || scope.agencyCode() == null ? List.of()
                : officers.findAll(Criteria.where("username").is(scope.username())
                .and("agencyCode").is(scope.agencyCode())).stream().map(Officer::getId).toList();
        return store.search(ScopeCriteria.readable(scope, null, selfIds, "officerId"), officerId, year, pageable);
    }

    @Authenticated
    public TrainingSummary summary(String officerId, Integer year) {
        Officer officer = officers.loadReadable(officerId);
        int y = year != null ? year : LocalDate.now(clock).getYear();
        return TrainingSummary.of(officer.getId(), y, store.ofOfficer(officer.getId(), y), requiredHours);
    }

    /** Hours of an officer in a year (for the annual review). */
    public TrainingSummary summaryOf(String officerId, int year) {
        return TrainingSummary.of(officerId, year, store.ofOfficer(officerId, year), requiredHours);
    }

    /** 全员轮训 and the hour requirement per agency: counts and rates over the officers on duty. */
    @Authenticated
    public AgencyTrainingReport agencyReport(String agencyCode, Integer year) {
        Agency agency = agencies.findByCode(agencyCode);
        DataScope scope = CurrentScope.get();
        if (agency == null || !Scopes.readsPeopleOf(scope, agency.getUscc(), agency.getRegionCode())) {
            throw ApiException.notFound("Agency", agencyCode);
        }
        int y = year != null ? year : LocalDate.now(clock).getYear();
        List<Officer> onDuty = officers.findAll(Criteria.where("agencyCode").is(agency.getUscc())
                .and("employmentStatus").is(EmploymentStatus.ON_DUTY));
        Map<String, List<TrainingRecord>> byOfficer = store.ofAgency(agency.getUscc(), y).stream()
                .collect(Collectors.groupingBy(TrainingRecord::getOfficerId));
        int met = 0;
        int rotation = 0;
        for (Officer o : onDuty) {
            TrainingSummary s = TrainingSummary.of(o.getId(), y, byOfficer.getOrDefault(o.getId(), List.of()),
                    requiredHours);
            met += s.requirementMet() ? 1 : 0;
            rotation += s.rotationTrained() ? 1 : 0;
        }
        return new AgencyTrainingReport(agency.getUscc(), agency.getName(), y, requiredHours, onDuty.size(), met,
                rate(met, onDuty.size()), rotation, rate(rotation, onDuty.size()));
    }

    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    /** Training figures of one agency and year; rates in percent with one decimal. */
    public record AgencyTrainingReport(String agencyCode, String agencyName, int year, int requiredHours,
                                       int officersOnDuty, int officersMeetingRequirement, BigDecimal requirementRate,
                                       int officersRotationTrained, BigDecimal rotationRate) {
    }
}
