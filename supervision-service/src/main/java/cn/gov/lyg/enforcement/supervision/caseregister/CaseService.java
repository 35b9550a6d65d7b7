package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import cn.gov.lyg.enforcement.supervision.support.WorkingDays;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The case register: agencies' case-handling systems (INTEGRATION) and the agencies' own users report case
 * milestones; a repeat of the same report is answered with the case unchanged; judicial bureaus read their region.
 */
@Service
public class CaseService {

    private static final int ATTEMPTS = 3;

    private final CaseStore store;
    private final SupervisedAgencies agencies;
    private final ThreeSystemsPolicy policy;
    private final WorkingDays workingDays;
    private final Requests requests;
    private final Clock clock;

    public CaseService(CaseStore store, SupervisedAgencies agencies, ThreeSystemsPolicy policy,
                       WorkingDayCalendar calendar, Requests requests, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.policy = policy;
        this.workingDays = new WorkingDays(calendar);
        this.requests = requests;
        this.clock = clock;
    }

    public record Recorded(CaseFile caseFile, CaseFile.Outcome outcome) {
    }

    @PreAuthorize("hasAnyRole('INTEGRATION','OFFICER','AGENCY_ADMIN','LEGAL_REVIEWER')")
    public Recorded report(CaseCommands.Report command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        Agency agency = agencies.active(command.agencyCode())
                .orElseThrow(() -> ApiException.invalid("AGENCY_UNKNOWN",
                        List.of(FieldViolation.of("agencyCode", "AGENCY_UNKNOWN"))));
        if (!CaseAccess.mayReport(scope, agency.agencyCode(), agency.regionCode())) {
            throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE");
        }
        Milestone milestone = new Milestone(command.milestone(), command.occurredOn(), trim(command.decisionNo()),
                command.penaltyKinds() == null ? List.of() : List.copyOf(command.penaltyKinds()),
                command.fineAmount(), command.confiscationAmount(), trim(command.benchmarkApplicationRef()),
                command.major(), command.reviewResult(), trim(command.reviewerId()), command.outcome(),
                trim(command.serviceMethod()), trim(command.publicationUrl()),
                command.avActs() == null ? List.of()
                        : command.avActs().stream().map(a -> new AvAct(a.act(), a.avRecorded())).toList(),
                trim(command.note()), clock.instant(), scope.auditName());
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        String caseNo = command.caseNo().trim();
        for (int attempt = 1; ; attempt++) {
            CaseFile c = store.findById(CaseFile.idOf(agency.agencyCode(), caseNo))
                    .orElseGet(() -> CaseFile.open(agency.agencyCode(), agency.regionCode(), caseNo,
                            command.caseType()));
            CaseFile.Outcome outcome = c.record(command.caseType(), milestone, policy, workingDays, today,
                    clock.instant());
            if (outcome == CaseFile.Outcome.REPEATED) {
                return new Recorded(c, outcome);
            }
            try {
                return new Recorded(store.save(c), outcome);
            } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw ApiException.conflict("VERSION_CONFLICT");
                }
            }
        }
    }

    @PreAuthorize("hasAnyRole('INTEGRATION','OFFICER','AGENCY_ADMIN','LEGAL_REVIEWER','AGENCY_LEADER',"
            + "'SUPERVISOR_CITY','SUPERVISOR_COUNTY','PROVINCE_READONLY')")
    public CaseFile get(String id) {
        DataScope scope = CurrentScope.get();
        return store.findById(id).filter(c -> CaseAccess.mayRead(scope, c.getAgencyCode(), c.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("CaseFile", id));
    }

    @PreAuthorize("hasAnyRole('INTEGRATION','OFFICER','AGENCY_ADMIN','LEGAL_REVIEWER','AGENCY_LEADER',"
            + "'SUPERVISOR_CITY','SUPERVISOR_COUNTY','PROVINCE_READONLY')")
    public Page<CaseFile> search(CaseFilter filter, Pageable pageable) {
        return store.search(filter, CurrentScope.get(), pageable);
    }

    /**
     * The three-systems alert job for {@code asOf} (default today): every case whose disclosure or withdrawal is still
     * pending after its due date gets one alert and a {@code ThreeSystemsDeadlinePassed} event. Safe to repeat.
     */
    @PreAuthorize("hasRole('SUPERVISOR_CITY')")
    public int raiseAlerts(LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        int[] raised = {0};
        store.forEachPendingPastDue(day, c -> {
            if (c.raiseAlerts(day, clock.instant())) {
                store.save(c);
                raised[0]++;
            }
        });
        return raised[0];
    }

    /**
     * For the other features of this service (a special supervisor's assigned material): a case by id, without a
     * policy of its own; the calling use case has decided authorization and scope.
     */
    public java.util.Optional<CaseFile> find(String id) {
        return store.findById(id);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
