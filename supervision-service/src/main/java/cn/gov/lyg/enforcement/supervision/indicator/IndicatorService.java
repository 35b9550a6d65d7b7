package cn.gov.lyg.enforcement.supervision.indicator;

import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.alert.AlertKind;
import cn.gov.lyg.enforcement.supervision.alert.AlertService;
import cn.gov.lyg.enforcement.supervision.statistics.AnnualStatistics;
import cn.gov.lyg.enforcement.supervision.statistics.StatisticsCell;
import cn.gov.lyg.enforcement.supervision.statistics.StatisticsRules;
import cn.gov.lyg.enforcement.supervision.statistics.StatisticsService;
import cn.gov.lyg.enforcement.supervision.statistics.StatisticsTally;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import cn.gov.lyg.enforcement.supervision.survey.SurveyService;
import cn.gov.lyg.enforcement.supervision.threesystems.ThreeSystemsFigures;
import cn.gov.lyg.enforcement.supervision.threesystems.ThreeSystemsService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Evaluation indicators 考核评价: the indicator system as versioned data (the city bureau drafts and activates a
 * version; until then the default of DOMAIN.md §2.5.8 applies) and the score of an agency's year, computed as of a
 * day from the statistics tallies, the 持证率 projection, review and complaint facts, three-systems figures, alerts and
 * surveys.
 */
@Service
public class IndicatorService {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final IndicatorStore store;
    private final StatisticsService statistics;
    private final SurveyService surveys;
    private final AlertService alerts;
    private final ThreeSystemsService threeSystems;
    private final SupervisedAgencies agencies;
    private final Clock clock;

    public IndicatorService(IndicatorStore store, StatisticsService statistics, SurveyService surveys,
                            AlertService alerts, ThreeSystemsService threeSystems, SupervisedAgencies agencies,
                            Clock clock) {
        this.store = store;
        this.statistics = statistics;
        this.surveys = surveys;
        this.alerts = alerts;
        this.threeSystems = threeSystems;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The score of one agency's year as of a day. */
    public record AgencyScore(String agencyCode, int year, LocalDate asOf, String systemId,
                              List<IndicatorRules.Score> indicators, BigDecimal total, IndicatorRules.Facts facts) {
    }

    @AgencyManagementOrSupervision
    public List<IndicatorSystem> systems() {
        return store.systems();
    }

    /** The active system, or the built-in default (id {@code default}) before the city bureau activated one. */
    @AgencyManagementOrSupervision
    public IndicatorSystem active() {
        return store.active().orElseGet(() -> {
            IndicatorSystem builtIn = IndicatorSystem.draft(0, "默认指标体系 (DOMAIN.md §2.5.8)", IndicatorRules.DEFAULT);
            builtIn.activate();
            return builtIn;
        });
    }

    @CitySupervisorsOnly
    public IndicatorSystem draft(String name, List<IndicatorRules.Indicator> indicators) {
        int number = store.systems().stream().mapToInt(IndicatorSystem::getNumber).max().orElse(0) + 1;
        try {
            return store.insert(IndicatorSystem.draft(number, name, indicators));
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
    }

    @CitySupervisorsOnly
    public IndicatorSystem activate(String id, Long version) {
        IndicatorSystem s = store.system(id).orElseThrow(() -> ApiException.notFound("IndicatorSystem", id));
        Versions.check(s, version);
        s.activate();
        store.active().ifPresent(previous -> {
            previous.supersede();
            store.save(previous);
        });
        try {
            return store.save(s);
        } catch (OptimisticLockingFailureException e) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
    }

    @AgencyManagementOrSupervision
    public AgencyScore score(String agencyCode, int year, LocalDate asOf) {
        DataScope scope = CurrentScope.get();
        String code = agencyCode != null ? agencyCode : scope.agencyCode();
        Agency agency = code == null ? null : agencies.active(code).orElse(null);
        if (agency == null || !(scope.belongsTo(code) || ((scope.isRegionalSupervisor()
                || scope.has(Role.PROVINCE_READONLY)) && scope.coversRegion(agency.regionCode())))) {
            throw ApiException.notFound("Agency", code);
        }
        if (year < 2000 || year > today().getYear()) {
            throw ApiException.invalid("STATS_YEAR_NOT_STARTED",
                    List.of(FieldViolation.of("year", "STATS_YEAR_NOT_STARTED")));
        }
        LocalDate day = asOf != null ? asOf : today();
        IndicatorSystem system = active();
        IndicatorRules.Facts facts = facts(code, year, day);
        List<IndicatorRules.Score> scores = IndicatorRules.score(system.getIndicators(), facts);
        return new AgencyScore(code, year, day, system.getId(), scores, IndicatorRules.total(scores), facts);
    }

    IndicatorRules.Facts facts(String agencyCode, int year, LocalDate asOf) {
        StatisticsTally tally = statistics.tally(agencyCode, year);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        long[] holding = statistics.holding(agencyCode, asOf.isBefore(yearEnd) ? asOf : yearEnd);
        IndicatorFacts f = store.facts(agencyCode, year).orElseGet(() -> IndicatorFacts.empty(agencyCode, year));
        ThreeSystemsFigures.Counts three = null;
        try {
            three = threeSystems.figures(agencyCode, null, LocalDate.of(year, 1, 1), yearEnd, asOf).total();
        } catch (AccessDeniedException | ApiException e) {
            three = null; // not assessable for this caller or period
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant();
        String statisticsStatus = statistics.report(agencyCode, year).map(AnnualStatistics::getStatus)
                .map(Enum::name).orElse(null);
        SurveyService.Rate rate = surveys.rate(agencyCode, year);
        return new IndicatorRules.Facts(StatisticsRules.holdingRate(holding[1], holding[0]), f.getReviews(),
                f.getReviewScoreSum(), f.getReviewsUnqualified(),
                three == null ? null : three.disclosure().timelyRate(),
                three == null ? null : three.recording().rate(),
                three == null ? null : three.legalReview().rate(),
                tally.count(StatisticsCell.PENALTY_TOTAL),
                alerts.count(AlertKind.BENCHMARK_DEVIATION, agencyCode, from, to),
                f.getComplaintsClosed(), f.getComplaintsSubstantiated(), f.getComplaintsOverdue(),
                tally.count(StatisticsCell.RECONSIDERATIONS_REVERSED) + tally.count(StatisticsCell.LITIGATIONS_REVERSED),
                alerts.count(AlertKind.LATE_PLAN, agencyCode, from, to) > 0,
                tally.count(StatisticsCell.INSPECTIONS),
                alerts.count(AlertKind.REPEATED_INSPECTION, agencyCode, from, to),
                statisticsStatus, asOf.atStartOfDay(ZONE).toOffsetDateTime().isAfter(StatisticsRules.deadline(year)),
                rate.rate(), rate.sufficient());
    }

    /** Consumer side: a case-file review result of the agency's year. */
    public void onReview(String eventId, String agencyCode, int year, BigDecimal score, boolean unqualified) {
        update(agencyCode, year, f -> f.review(eventId, score, unqualified));
    }

    /** Consumer side: a closed complaint about the agency. */
    public void onComplaintClosed(String eventId, String agencyCode, int year, boolean substantiated, int overdue) {
        update(agencyCode, year, f -> f.complaint(eventId, substantiated, overdue));
    }

    private void update(String agencyCode, int year, java.util.function.Predicate<IndicatorFacts> change) {
        for (int attempt = 1; ; attempt++) {
            IndicatorFacts f = store.facts(agencyCode, year).orElseGet(() -> IndicatorFacts.empty(agencyCode, year));
            if (!change.test(f)) {
                return;
            }
            try {
                store.save(f);
                return;
            } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }
}
