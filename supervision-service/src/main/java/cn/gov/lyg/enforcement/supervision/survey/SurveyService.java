package cn.gov.lyg.enforcement.supervision.survey;

import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyStaffOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsSystemsOrHotline;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Satisfaction surveys 执法满意度 (opened by the agency or its judicial bureau; answers from the SMS / 12345 callback
 * systems or entered by the bureau) and enterprise revisits 企业回访 (by the agency or the bureau, due 30 days after
 * the closure). Numbers are data: {@code supervision.surveys.minimum-sample} (30),
 * {@code supervision.revisits.due-days} (30).
 */
@Service
public class SurveyService {

    static final String HOTLINE_CALLBACK = "HOTLINE_CALLBACK";

    private final SurveyStore store;
    private final SupervisedAgencies agencies;
    private final Requests requests;
    private final Clock clock;
    private final int minimumSample;
    private final int revisitDays;

    public SurveyService(SurveyStore store, SupervisedAgencies agencies, Requests requests, Clock clock,
                         @Value("${supervision.surveys.minimum-sample:30}") int minimumSample,
                         @Value("${supervision.revisits.due-days:30}") int revisitDays) {
        this.store = store;
        this.agencies = agencies;
        this.requests = requests;
        this.clock = clock;
        this.minimumSample = minimumSample;
        this.revisitDays = revisitDays;
    }

    /** A survey's figures: valid responses, satisfied, rate (percent) and whether the sample is large enough. */
    public record Rate(long valid, long satisfied, BigDecimal rate, boolean sufficient) {
    }

    @AgencyAdminsOrSupervisors
    public SatisfactionSurvey openSurvey(SurveyCommands.OpenSurvey command) {
        requests.valid(command);
        Agency agency = writable(CurrentScope.get(), command.agencyCode());
        return store.save(SatisfactionSurvey.open(agency.agencyCode(), agency.regionCode(), command.title().trim(),
                command.channel(), command.periodFrom(), command.periodTo(),
                command.minimumSample() != null ? command.minimumSample() : minimumSample));
    }

    /**
     * One answer, from the bureaus of the survey's region, the SMS survey system, or the 12345 / 12348 hotline
     * platform (DOMAIN.md §2.5.6 "12345 callback"): to the hotline only the {@code HOTLINE_CALLBACK} surveys of its
     * region exist (404 otherwise).
     */
    @SupervisorsSystemsOrHotline
    public SatisfactionSurvey respond(String id, SurveyCommands.Respond command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        LocalDate on = command.respondedOn() != null ? command.respondedOn() : today();
        if (on.isAfter(today())) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("respondedOn", "DATE_IN_FUTURE")));
        }
        for (int attempt = 1; ; attempt++) {
            SatisfactionSurvey s = store.findSurvey(id).filter(x -> answers(scope, x))
                    .orElseThrow(() -> ApiException.notFound("SatisfactionSurvey", id));
            if (!s.respond(command.responseId().trim(), command.respondentKind(), hash(command.respondentRef()),
                    command.scores(), command.overall(), on, clock.instant())) {
                return s;
            }
            try {
                return store.save(s);
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= 5) {
                    throw ApiException.conflict("VERSION_CONFLICT");
                }
            }
        }
    }

    @AgencyAdminsOrSupervisors
    public SatisfactionSurvey closeSurvey(String id, Long version) {
        DataScope scope = CurrentScope.get();
        SatisfactionSurvey s = store.findSurvey(id).filter(x -> readable(scope, x.getAgencyCode(), x.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("SatisfactionSurvey", id));
        Versions.check(s, version);
        s.close();
        return store.save(s);
    }

    @AgencyManagementOrSupervision
    public SatisfactionSurvey survey(String id) {
        DataScope scope = CurrentScope.get();
        return store.findSurvey(id).filter(x -> readable(scope, x.getAgencyCode(), x.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("SatisfactionSurvey", id));
    }

    @AgencyManagementOrSupervision
    public Page<SatisfactionSurvey> surveys(String agencyCode, Integer year, Pageable pageable) {
        return store.surveys(CurrentScope.get(), agencyCode, year, pageable);
    }

    /** For the evaluation indicators: the agency's satisfaction over the surveys of a year. */
    public Rate rate(String agencyCode, int year) {
        long valid = 0;
        long satisfied = 0;
        int minimum = minimumSample;
        for (SatisfactionSurvey s : store.surveysOf(agencyCode, year)) {
            valid += s.valid();
            satisfied += s.getSatisfiedCount();
            minimum = Math.min(minimum, s.getMinimumSample());
        }
        return new Rate(valid, satisfied, SurveyRules.rate(satisfied, valid), SurveyRules.sufficient(valid, minimum));
    }

    @AgencyStaffOrSupervisors
    public EnterpriseRevisit planRevisit(SurveyCommands.PlanRevisit command) {
        requests.valid(command);
        Agency agency = writable(CurrentScope.get(), command.agencyCode());
        if (command.closedOn().isAfter(today())) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("closedOn", "DATE_IN_FUTURE")));
        }
        EnterpriseRevisit r = EnterpriseRevisit.plan(agency.agencyCode(), agency.regionCode(), command.uscc(),
                command.enterpriseName(), command.sourceKind(), command.sourceRef().trim(), command.closedOn(),
                revisitDays);
        try {
            return store.insert(r);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("REVISIT_DUPLICATE");
        }
    }

    @AgencyStaffOrSupervisors
    public EnterpriseRevisit recordRevisit(String id, Long version, SurveyCommands.RecordRevisit command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        EnterpriseRevisit r = store.findRevisit(id).filter(x -> readable(scope, x.getAgencyCode(), x.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("EnterpriseRevisit", id));
        Versions.check(r, version);
        r.record(command.revisitedOn() != null ? command.revisitedOn() : today(), scope.auditName(),
                command.rectificationStatus(), command.economicImpact(), command.conductOpinion(),
                command.guidanceNeeds(), command.satisfaction(), today());
        try {
            return store.save(r);
        } catch (OptimisticLockingFailureException e) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
    }

    @AgencyStaffOrSupervisors
    public EnterpriseRevisit revisit(String id) {
        DataScope scope = CurrentScope.get();
        return store.findRevisit(id).filter(x -> readable(scope, x.getAgencyCode(), x.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("EnterpriseRevisit", id));
    }

    @AgencyStaffOrSupervisors
    public Page<EnterpriseRevisit> revisits(String agencyCode, EnterpriseRevisit.Status status, LocalDate overdueAsOf,
                                            Pageable pageable) {
        return store.revisits(CurrentScope.get(), agencyCode, status, overdueAsOf, pageable);
    }

    private Agency writable(DataScope scope, String agencyCode) {
        Agency agency = agencies.active(agencyCode).orElseThrow(() -> ApiException.invalid("AGENCY_UNKNOWN",
                List.of(FieldViolation.of("agencyCode", "AGENCY_UNKNOWN"))));
        if (!readable(scope, agency.agencyCode(), agency.regionCode())) {
            throw ApiException.invalid("TARGET_OUT_OF_SCOPE",
                    List.of(FieldViolation.of("agencyCode", "TARGET_OUT_OF_SCOPE")));
        }
        return agency;
    }

    /** Who may answer a survey: its region's bureaus and systems; the hotline only its callback surveys. */
    static boolean answers(DataScope scope, SatisfactionSurvey s) {
        if (!scope.coversRegion(s.getRegionCode())) {
            return false;
        }
        boolean hotlineOnly = scope.has(Role.HOTLINE) && !scope.isRegionalSupervisor() && !scope.has(Role.INTEGRATION);
        return !hotlineOnly || HOTLINE_CALLBACK.equals(s.getChannel());
    }

    static boolean readable(DataScope scope, String agencyCode, String regionCode) {
        return scope.belongsTo(agencyCode) || ((scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY))
                && scope.coversRegion(regionCode));
    }

    static String hash(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ref.trim().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }
}
