package cn.gov.lyg.enforcement.supervision.accountability;

import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import cn.gov.lyg.enforcement.supervision.support.WorkingDays;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Wrongful-enforcement accountability 错案责任追究: cases opened by triggers (reconsideration / litigation reversals from
 * the case register, UNQUALIFIED case-file reviews, substantiated complaints; {@link AccountabilityTriggerConsumer})
 * or by a judicial bureau, investigated by the bureau supervising the agency's region, decided per respondent.
 * Numbers are data: {@code supervision.accountability.investigation-working-days} (15),
 * {@code extension-working-days} (15), {@code appeal-days} (30), {@code limitation-years} (2).
 */
@Service
public class AccountabilityService {

    private final AccountabilityStore store;
    private final SupervisedAgencies agencies;
    private final WorkingDayCalendar calendar;
    private final WorkingDays workingDays;
    private final Requests requests;
    private final Clock clock;
    private final int investigationDays;
    private final int extensionDays;
    private final int appealDays;
    private final int limitationYears;

    public AccountabilityService(AccountabilityStore store, SupervisedAgencies agencies, WorkingDayCalendar calendar,
                                 Requests requests, Clock clock,
                                 @Value("${supervision.accountability.investigation-working-days:15}") int investigation,
                                 @Value("${supervision.accountability.extension-working-days:15}") int extension,
                                 @Value("${supervision.accountability.appeal-days:30}") int appeal,
                                 @Value("${supervision.accountability.limitation-years:2}") int limitation) {
        this.store = store;
        this.agencies = agencies;
        this.calendar = calendar;
        this.workingDays = new WorkingDays(calendar);
        this.requests = requests;
        this.clock = clock;
        this.investigationDays = investigation;
        this.extensionDays = extension;
        this.appealDays = appeal;
        this.limitationYears = limitation;
    }

    /**
     * Opens the case of a trigger once (the id derives from trigger and reference; a repeat finds the case). For the
     * trigger consumer and for {@link #open}; returns the case, new or existing.
     */
    public AccountabilityCase openFromTrigger(AccountabilityTrigger trigger, String triggerRef, String sourceEventId,
                                              String agencyCode, String regionCode, String caseNo, String summary,
                                              LocalDate violationOn, LocalDate openedOn) {
        Optional<AccountabilityCase> existing = store.findById(AccountabilityCase.idOf(trigger, triggerRef));
        if (existing.isPresent()) {
            return existing.get();
        }
        Due due = due(openedOn, investigationDays);
        AccountabilityCase c = AccountabilityCase.open(trigger, triggerRef, sourceEventId, agencyCode, regionCode,
                caseNo, summary, violationOn, openedOn, due.day(), due.provisional(),
                AccountabilityRules.timeBarred(violationOn, openedOn, limitationYears));
        try {
            return store.insert(c);
        } catch (DuplicateKeyException e) {
            return store.findById(c.getId()).orElseThrow();
        }
    }

    @SupervisorsOnly
    public AccountabilityCase open(AccountabilityCommands.Open command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        Agency agency = agencies.active(command.agencyCode()).orElseThrow(() -> ApiException.invalid(
                "AGENCY_UNKNOWN", List.of(FieldViolation.of("agencyCode", "AGENCY_UNKNOWN"))));
        if (!scope.coversRegion(agency.regionCode())) {
            throw ApiException.invalid("TARGET_OUT_OF_SCOPE",
                    List.of(FieldViolation.of("agencyCode", "TARGET_OUT_OF_SCOPE")));
        }
        LocalDate today = today();
        LocalDate openedOn = command.openedOn() != null ? command.openedOn() : today;
        if (openedOn.isAfter(today) || (command.violationOn() != null && command.violationOn().isAfter(openedOn))) {
            throw ApiException.invalid("DATE_ORDER", List.of(FieldViolation.of("openedOn", "DATE_ORDER")));
        }
        return openFromTrigger(command.trigger(), command.triggerRef().trim(), null, agency.agencyCode(),
                agency.regionCode(), command.caseNo(), command.summary().trim(), command.violationOn(), openedOn);
    }

    @SupervisorsOnly
    public AccountabilityCase addRespondents(String id, Long version, AccountabilityCommands.Respondents command) {
        requests.valid(command);
        return act(id, version, c -> c.addRespondents(command.respondents().stream()
                .map(r -> new AccountabilityCase.Respondent(r.officerId().trim(), r.role(), r.certificateId(),
                        r.name())).toList()));
    }

    @SupervisorsOnly
    public AccountabilityCase extend(String id, Long version, AccountabilityCommands.Extend command) {
        requests.valid(command);
        return act(id, version, c -> {
            Due due = due(c.getDueOn(), extensionDays);
            c.extend(command.reason(), today(), due.day(), due.provisional());
        });
    }

    @SupervisorsOnly
    public AccountabilityCase decide(String id, Long version, AccountabilityCommands.Decide command) {
        requests.valid(command);
        LocalDate decidedOn = command.decidedOn() != null ? command.decidedOn() : today();
        if (decidedOn.isAfter(today())) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("decidedOn", "DATE_IN_FUTURE")));
        }
        return act(id, version, c -> c.decide(command.decisionRef().trim(), decidedOn, command.outcomes().stream()
                .map(o -> new AccountabilityRules.Decided(o.officerId().trim(), o.outcome(), o.faultType(),
                        o.suspendedUntil(), o.reason())).toList(), appealDays, CurrentScope.get().auditName(),
                clock.instant()));
    }

    @SupervisorsOnly
    public AccountabilityCase appeal(String id, Long version, AccountabilityCommands.AppealData command) {
        requests.valid(command);
        LocalDate filedOn = command.filedOn() != null ? command.filedOn() : today();
        return act(id, version, c -> c.appeal(command.officerId().trim(), filedOn, command.grounds()));
    }

    @SupervisorsOnly
    public AccountabilityCase decideAppeal(String id, Long version, AccountabilityCommands.AppealDecision command) {
        requests.valid(command);
        LocalDate on = command.decidedOn() != null ? command.decidedOn() : today();
        return act(id, version, c -> c.decideAppeal(command.upheld(), on, command.note(), clock.instant()));
    }

    @SupervisorsOnly
    public AccountabilityCase close(String id, Long version) {
        return act(id, version, c -> c.close(today()));
    }

    @AgencyManagementOrSupervision
    public AccountabilityCase get(String id) {
        DataScope scope = CurrentScope.get();
        return store.findById(id).filter(c -> readable(scope, c))
                .orElseThrow(() -> ApiException.notFound("AccountabilityCase", id));
    }

    @AgencyManagementOrSupervision
    public Page<AccountabilityCase> search(AccountabilityStatus status, AccountabilityTrigger trigger,
                                           String agencyCode, LocalDate overdueAsOf, Pageable pageable) {
        return store.search(CurrentScope.get(), status, trigger, agencyCode, overdueAsOf, pageable);
    }

    /** For the evaluation indicators: the cases of an agency opened in a year. */
    public List<AccountabilityCase> openedIn(String agencyCode, int year) {
        return store.openedIn(agencyCode, year);
    }

    private AccountabilityCase act(String id, Long version, Consumer<AccountabilityCase> action) {
        DataScope scope = CurrentScope.get();
        AccountabilityCase c = store.findById(id).filter(x -> scope.isRegionalSupervisor()
                        && scope.coversRegion(x.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("AccountabilityCase", id));
        Versions.check(c, version);
        action.accept(c);
        try {
            return store.save(c);
        } catch (OptimisticLockingFailureException e) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
    }

    static boolean readable(DataScope scope, AccountabilityCase c) {
        return (scope.hasAny(Role.AGENCY_ADMIN, Role.AGENCY_LEADER) && scope.belongsTo(c.getAgencyCode()))
                || ((scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY))
                && scope.coversRegion(c.getRegionCode()));
    }

    record Due(LocalDate day, boolean provisional) {
    }

    /**
     * {@code n} working days after {@code from} on the platform calendar; when that reaches a year whose holidays are
     * not loaded, weekdays are counted instead and the date is marked provisional (never a failure of the trigger).
     */
    Due due(LocalDate from, int n) {
        try {
            return new Due(workingDays.plusWorkingDays(from, n), false);
        } catch (ApiException e) {
            if (e.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
                throw e;
            }
            LocalDate day = from;
            int left = n;
            while (left > 0) {
                day = day.plusDays(1);
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return new Due(day, true);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }
}
