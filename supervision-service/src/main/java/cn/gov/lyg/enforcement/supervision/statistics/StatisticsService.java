package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.events.inspection.InspectionRecordSubmitted;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Annual enforcement statistics 统计年报: the counters kept from events ({@link #onCaseMilestone},
 * {@link #onInspectionRecord}, the 持证率 projection), the agency's report computed from them, manual overrides with
 * reasons, validation, submission (LATE after 31 January) and publication. The agency's management prepares and
 * submits its own report; judicial bureaus read the reports of their region, the province all.
 */
@Service
public class StatisticsService {

    private static final int ATTEMPTS = 5;

    private final StatisticsStore store;
    private final SupervisedAgencies agencies;
    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public StatisticsService(StatisticsStore store, SupervisedAgencies agencies, Requests requests,
                             ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @AgencyManagement
    public AnnualStatistics compute(StatisticsCommands.Compute command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        String agencyCode = command.agencyCode() != null ? command.agencyCode() : scope.agencyCode();
        if (agencyCode == null || !scope.belongsTo(agencyCode)) {
            throw ApiException.forbidden("STATS_OWN_AGENCY_ONLY");
        }
        Agency agency = agencies.active(agencyCode).orElseThrow(() -> ApiException.invalid("AGENCY_UNKNOWN",
                List.of(FieldViolation.of("agencyCode", "AGENCY_UNKNOWN"))));
        if (command.year() > today().getYear()) {
            throw ApiException.invalid("STATS_YEAR_NOT_STARTED", List.of(FieldViolation.of("year",
                    "STATS_YEAR_NOT_STARTED")));
        }
        for (int attempt = 1; ; attempt++) {
            AnnualStatistics report = store.findReport(AnnualStatistics.idOf(agencyCode, command.year()))
                    .orElseGet(() -> AnnualStatistics.open(agencyCode, agency.regionCode(), command.year()));
            recompute(report, scope);
            try {
                return store.save(report);
            } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw ApiException.conflict("VERSION_CONFLICT");
                }
            }
        }
    }

    @AgencyManagement
    public AnnualStatistics recompute(String id, Long version) {
        return act(id, version, r -> recompute(r, CurrentScope.get()));
    }

    private void recompute(AnnualStatistics report, DataScope scope) {
        StatisticsTally tally = store.findTally(report.getAgencyCode(), report.getYear()).orElse(null);
        LocalDate yearEnd = LocalDate.of(report.getYear(), 12, 31);
        LocalDate holdingDay = today().isBefore(yearEnd) ? today() : yearEnd;
        long[] holding = store.holding(report.getAgencyCode(), holdingDay);
        report.recompute(tally, holding[0], holding[1], holdingDay, clock.instant(), scope.auditName());
    }

    @AgencyManagement
    public AnnualStatistics override(String id, Long version, StatisticsCommands.ManualValue command) {
        requests.valid(command);
        return act(id, version, r -> r.override(command.cell().trim(), command.value(), command.amountWan(),
                command.reason(), CurrentScope.get().auditName(), clock.instant()));
    }

    @AgencyManagement
    public AnnualStatistics validate(String id, Long version, StatisticsCommands.Validate command) {
        return act(id, version, r -> r.validate(command == null ? null : command.narrative(),
                CurrentScope.get().auditName()));
    }

    @AgencyManagement
    public AnnualStatistics submit(String id, Long version, StatisticsCommands.Submit command) {
        OffsetDateTime at = at(command == null ? null : command.at());
        return act(id, version, r -> r.submit(at, CurrentScope.get().auditName(), clock.instant()));
    }

    @AgencyManagement
    public AnnualStatistics publish(String id, Long version, StatisticsCommands.Publish command) {
        if (command != null) {
            requests.valid(command);
        }
        OffsetDateTime at = at(command == null ? null : command.at());
        String url = command == null ? null : command.url();
        AnnualStatistics saved = act(id, version, r -> r.publish(url, at, clock.instant()));
        events.publishEvent(new StatisticsPublished(saved.getId(), saved.getAgencyCode(), saved.getRegionCode(),
                saved.getYear(), saved.getVersion()));
        return saved;
    }

    @AgencyManagementOrSupervision
    public AnnualStatistics get(String id) {
        DataScope scope = CurrentScope.get();
        return store.findReport(id).filter(r -> readable(scope, r))
                .orElseThrow(() -> ApiException.notFound("AnnualStatistics", id));
    }

    @AgencyManagementOrSupervision
    public Page<AnnualStatistics> search(Integer year, StatisticsStatus status, String agencyCode, Pageable pageable) {
        return store.search(CurrentScope.get(), year, status, agencyCode, pageable);
    }

    /**
     * For the other features of this service (the provincial push, the evaluation indicators): a report by id,
     * whatever its status; the caller has decided authorization.
     */
    public Optional<AnnualStatistics> published(String id) {
        return store.findReport(id);
    }

    /** For the other features of this service: the report of an agency and year, if prepared. */
    public Optional<AnnualStatistics> report(String agencyCode, int year) {
        return store.findReport(AnnualStatistics.idOf(agencyCode, year));
    }

    /** For the other features of this service: the running counters of an agency and year (all zero if none). */
    public StatisticsTally tally(String agencyCode, int year) {
        return store.findTally(agencyCode, year).orElseGet(() -> StatisticsTally.empty(agencyCode, null, year));
    }

    /** For the other features of this service: [serving officers, certified officers] of the agency on the day. */
    public long[] holding(String agencyCode, LocalDate day) {
        return store.holding(agencyCode, day);
    }

    /**
     * Consumer side: one report of a case milestone from the case register, a first report or a correction. The
     * tallies move by difference: what the milestone contributed so far is subtracted and what it contributes now is
     * added ({@link CaseContribution}), so a corrected decision is still counted once, under its current heaviest
     * kind, with its current amounts, in the year of its current date. A report older than the one counted (a
     * replay, a late redelivery) changes nothing; the same event after an interrupted update finishes it once.
     */
    public void onCaseMilestone(String eventId, ReportedMilestone report) {
        for (int attempt = 1; ; attempt++) {
            CaseContribution known = store.findContribution(CaseContribution.idOf(report.caseId(), report.milestone()))
                    .orElse(null);
            CaseContribution.Step step = CaseContribution.next(known, report, eventId);
            if (step.action() == CaseContribution.Action.IGNORE) {
                return;
            }
            if (step.action() == CaseContribution.Action.APPLY) {
                try {
                    store.save(step.document());
                } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                    if (attempt >= ATTEMPTS) {
                        throw e;
                    }
                    continue;
                }
            }
            for (StatisticsRules.Contribution change : step.difference()) {
                addToTally(report.agencyCode(), report.regionCode(), eventId, change);
            }
            return;
        }
    }

    /** Consumer side: an inspection record; each inspection of a specific object counts once, in its year. */
    public void onInspectionRecord(String eventId, InspectionRecordSubmitted e) {
        if (!StatisticsRules.countsAsInspection(e.uscc(), e.deviceRecordId())) {
            return;
        }
        int year = (e.capturedAt() != null ? e.capturedAt() : e.occurredAt())
                .atZoneSameInstant(StatisticsRules.ZONE).getYear();
        if (!store.claimInspection(e.aggregateId(), eventId, year)) {
            return;
        }
        addToTally(e.agencyCode(), e.regionCode(), eventId, new StatisticsRules.Contribution(year,
                java.util.Map.of(StatisticsCell.INSPECTIONS, 1L), BigDecimal.ZERO));
    }

    /**
     * Consumer side of the 持证率 projection: what a certificate or officer event of personnel says about one officer
     * ({@link HoldingEvents}); older versions than the projection holds change nothing.
     */
    void onPersonnel(HoldingEvents.Change change) {
        holder(change.officerId(), change.agencyCode(), change.regionCode(), h -> h.apply(change));
    }

    private void holder(String officerId, String agencyCode, String regionCode,
                        java.util.function.Predicate<CertificateHolder> change) {
        for (int attempt = 1; ; attempt++) {
            CertificateHolder h = store.findHolder(officerId)
                    .orElseGet(() -> CertificateHolder.of(officerId, agencyCode, regionCode));
            if (!change.test(h)) {
                return;
            }
            try {
                store.save(h);
                return;
            } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void addToTally(String agencyCode, String regionCode, String eventId, StatisticsRules.Contribution c) {
        for (int attempt = 1; ; attempt++) {
            StatisticsTally tally = store.findTally(agencyCode, c.year())
                    .orElseGet(() -> StatisticsTally.empty(agencyCode, regionCode, c.year()));
            if (!tally.apply(eventId, c)) {
                return;
            }
            try {
                store.save(tally);
                return;
            } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private AnnualStatistics act(String id, Long version, Consumer<AnnualStatistics> action) {
        DataScope scope = CurrentScope.get();
        AnnualStatistics report = store.findReport(id).filter(r -> readable(scope, r))
                .orElseThrow(() -> ApiException.notFound("AnnualStatistics", id));
        if (!scope.belongsTo(report.getAgencyCode())) {
            throw ApiException.forbidden("STATS_OWN_AGENCY_ONLY");
        }
        Versions.check(report, version);
        action.accept(report);
        try {
            return store.save(report);
        } catch (OptimisticLockingFailureException e) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
    }

    private OffsetDateTime at(OffsetDateTime at) {
        Instant now = clock.instant();
        if (at == null) {
            return OffsetDateTime.ofInstant(now, StatisticsRules.ZONE);
        }
        if (at.toInstant().isAfter(now)) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("at", "DATE_IN_FUTURE")));
        }
        return at;
    }

    static boolean readable(DataScope scope, AnnualStatistics r) {
        return scope.belongsTo(r.getAgencyCode())
                || ((scope.isRegionalSupervisor() || scope.has(cn.gov.lyg.enforcement.platform.security.Role
                .PROVINCE_READONLY)) && scope.coversRegion(r.getRegionCode()));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(StatisticsRules.ZONE));
    }
}
