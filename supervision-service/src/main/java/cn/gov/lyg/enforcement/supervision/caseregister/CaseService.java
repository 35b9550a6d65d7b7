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
import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import cn.gov.lyg.enforcement.platform.security.policy.CaseMilestoneReporters;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.DecisionRecordReaders;
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
    private final ApplicationEventPublisher events;

    public CaseService(CaseStore store, SupervisedAgencies agencies, ThreeSystemsPolicy policy,
                       WorkingDayCalendar calendar, Requests requests, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.agencies = agencies;
        this.policy = policy;
        this.workingDays = new WorkingDays(calendar);
        this.requests = requests;
        this.clock = clock;
    }

    public record Recorded(CaseFile caseFile, CaseFile.Outcome outcome) {
    }

    @CaseMilestoneReporters
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
            CaseCompliance before = c.compliance();
            CaseFile.Outcome outcome = c.record(command.caseType(), milestone, policy, workingDays, today,
                    clock.instant());
            if (outcome == CaseFile.Outcome.REPEATED) {
                return new Recorded(c, outcome);
            }
            if (milestone.type() == CaseMilestone.DECIDED) {
                for (BenchmarkApplicationRecord application : store.applicationsOf(c.getAgencyCode(), c.getCaseNo())) {
                    c.linkBenchmark(application, clock.instant());
                }
            }
            try {
                CaseFile saved = store.save(c);
                events.publishEvent(new CaseFactsChanged(saved.getId(), before, saved.compliance()));
                return new Recorded(saved, outcome);
            } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw ApiException.conflict("VERSION_CONFLICT");
                }
            }
        }
    }

    /**
     * Corrects a reported milestone of a case the caller may report for: the corrected report supersedes the old one
     * (kept with the reason); the same correction again answers the case unchanged.
     */
    @CaseMilestoneReporters
    public Recorded correct(String id, CaseMilestone type, Long ifMatch, CaseCommands.Correction command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        CaseFile c = store.findById(id).filter(x -> CaseAccess.mayRead(scope, x.getAgencyCode(), x.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("CaseFile", id));
        if (!CaseAccess.mayReport(scope, c.getAgencyCode(), c.getRegionCode())) {
            throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE");
        }
        cn.gov.lyg.enforcement.platform.web.Versions.check(c, ifMatch);
        Milestone corrected = new Milestone(type, command.occurredOn(), trim(command.decisionNo()),
                command.penaltyKinds() == null ? List.of() : List.copyOf(command.penaltyKinds()),
                command.fineAmount(), command.confiscationAmount(), trim(command.benchmarkApplicationRef()),
                command.major(), command.reviewResult(), trim(command.reviewerId()), command.outcome(),
                trim(command.serviceMethod()), trim(command.publicationUrl()),
                command.avActs() == null ? List.of()
                        : command.avActs().stream().map(a -> new AvAct(a.act(), a.avRecorded())).toList(),
                trim(command.note()), clock.instant(), scope.auditName());
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        CaseCompliance before = c.compliance();
        CaseFile.Outcome outcome = c.correct(corrected, command.reason(), scope.auditName(), policy, workingDays,
                today, clock.instant());
        if (outcome == CaseFile.Outcome.REPEATED) {
            return new Recorded(c, outcome);
        }
        CaseFile saved;
        try {
            saved = store.save(c);
        } catch (OptimisticLockingFailureException e) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
        events.publishEvent(new CaseFactsChanged(saved.getId(), before, saved.compliance()));
        return new Recorded(saved, outcome);
    }

    @DecisionRecordReaders
    public CaseFile get(String id) {
        DataScope scope = CurrentScope.get();
        return store.findById(id).filter(c -> CaseAccess.mayRead(scope, c.getAgencyCode(), c.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("CaseFile", id));
    }

    @DecisionRecordReaders
    public Page<CaseFile> search(CaseFilter filter, Pageable pageable) {
        return store.search(filter, CurrentScope.get(), pageable);
    }

    /**
     * For the other features of this service (the sampling of review batches, whose use case has decided
     * authorization and scope): the closed cases of a region, of the types, closed within the window.
     */
    public List<ClosedCase> closedCases(String regionCode, java.util.Set<cn.gov.lyg.enforcement.events.vocabulary.ItemType> types,
                                        LocalDate from, LocalDate to) {
        return store.closed(regionCode, types, from, to).stream().map(c -> new ClosedCase(c.getId(),
                c.getAgencyCode(), c.getRegionCode(), c.getCaseNo(), c.getCaseType(), c.getClosedOn())).toList();
    }

    /**
     * A benchmark application arrived (consumer of {@code benchmark.applications.v1}): kept, and linked to the case's
     * decision when the register has it (a decision reported later links it then). Safe to repeat: the record is
     * keyed by the application id, the link is made once per application and the event id is stored with it.
     */
    public void applicationRecorded(BenchmarkApplicationRecord application, String eventId) {
        store.saveApplication(application);
        for (int attempt = 1; ; attempt++) {
            CaseFile c = store.findById(application.caseId()).orElse(null);
            if (c == null || !c.decided() || !c.markProcessed(eventId)) {
                return;
            }
            if (!c.linkBenchmark(application, clock.instant())) {
                return;
            }
            try {
                store.save(c);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * For the other features of this service (rebuilding the three-systems counters): what every decided case
     * contributes, streamed.
     */
    public void forEachDecided(java.util.function.Consumer<CaseCompliance> action) {
        store.forEachDecided(c -> action.accept(c.compliance()));
    }

    /** For the other features of this service: the region of a case of the register (null when unknown). */
    public String regionOf(String caseId) {
        return store.findById(caseId).map(CaseFile::getRegionCode).orElse(null);
    }

    /**
     * The three-systems alert job for {@code asOf} (default today): every case whose disclosure or withdrawal is still
     * pending after its due date gets one alert and a {@code ThreeSystemsDeadlinePassed} event. Safe to repeat.
     */
    @CitySupervisorsOnly
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
