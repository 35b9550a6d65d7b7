package cn.gov.lyg.enforcement.supervision.threesystems;

import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseAccess;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseFile;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseService;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import org.springframework.stereotype.Service;

/**
 * Three-systems checks 三项制度 (DOMAIN.md §2.5.5) per agency or region and period of decisions, as of a day:
 * disclosure within 7 / 20 working days, withdrawal within 3 working days after a reversal, audio-video recording of
 * the listed acts, legal-review coverage; the problem cases; the alert job. A judicial bureau asks for its region or
 * an agency of it, an agency for itself; anything else answers 404.
 */
@Service
public class ThreeSystemsService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ThreeSystemsService.class);


    private final ThreeSystemsStore store;
    private final SupervisedAgencies agencies;
    private final CaseService cases;
    private final Clock clock;

    public ThreeSystemsService(ThreeSystemsStore store, SupervisedAgencies agencies, CaseService cases, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.cases = cases;
        this.clock = clock;
    }

    public record Target(String agencyCode, String regionCode, Criteria criteria) {
    }

    public record Period(LocalDate from, LocalDate to, LocalDate asOf) {
    }

    @AgencyUsersOrSupervision
    public ThreeSystemsFigures figures(String agencyCode, String regionCode, LocalDate from, LocalDate to,
                                       LocalDate asOf) {
        Target target = target(agencyCode, regionCode);
        Period period = period(from, to, asOf);
        List<ThreeSystemsFigures.Counts> byAgency = store.countByAgency(target.criteria(), period.from(), period.to(),
                period.asOf());
        return new ThreeSystemsFigures(target.agencyCode(), target.regionCode(), period.from(), period.to(),
                period.asOf(), total(byAgency), byAgency);
    }

    @AgencyUsersOrSupervision
    public Page<CaseFile> problems(String agencyCode, String regionCode, LocalDate from, LocalDate to, LocalDate asOf,
                                   Pageable pageable) {
        Target target = target(agencyCode, regionCode);
        Period period = period(from, to, asOf);
        return store.problems(target.criteria(), period.from(), period.to(), period.asOf(), pageable);
    }

    @CitySupervisorsOnly
    public int raiseAlerts(LocalDate asOf) {
        return cases.raiseAlerts(asOf);
    }

    /**
     * Rebuilds the three-systems counters from the case register (the repair job after an interrupted write or a bulk
     * import); returns the number of decided cases counted.
     */
    @CitySupervisorsOnly
    public long rebuildCounters() {
        return store.rebuild(cases::forEachDecided);
    }

    /** At start-up, a register without counters (before they existed) gets them built once. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void buildCountersIfMissing() {
        try {
            if (store.countersEmpty()) {
                long counted = store.rebuild(cases::forEachDecided);
                LOG.info("three-systems counters built from {} decided cases", counted);
            }
        } catch (RuntimeException e) {
            // another instance building them at the same time; the rebuild job repairs what is left
            LOG.warn("three-systems counters not built at start-up: {}", e.toString());
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    Period period(LocalDate from, LocalDate to, LocalDate asOf) {
        LocalDate today = today();
        LocalDate day = asOf != null ? asOf : today;
        LocalDate start = from != null ? from : LocalDate.of(day.getYear(), 1, 1);
        LocalDate end = to != null ? to : day;
        if (end.isBefore(start)) {
            throw ApiException.invalid("PERIOD_INVALID", List.of(FieldViolation.of("to", "PERIOD_INVALID")));
        }
        return new Period(start, end, day);
    }

    /** The agency or region asked for, within the caller's scope (404 outside it); default the caller's own. */
    Target target(String agencyCode, String regionCode) {
        DataScope scope = CurrentScope.get();
        boolean regional = scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY);
        if (agencyCode != null) {
            Agency agency = agencies.active(agencyCode)
                    .filter(a -> CaseAccess.mayRead(scope, a.agencyCode(), a.regionCode()))
                    .orElseThrow(() -> ApiException.notFound("Agency", agencyCode));
            return new Target(agency.agencyCode(), agency.regionCode(),
                    Criteria.where("agencyCode").is(agency.agencyCode()));
        }
        if (regionCode != null) {
            if (!regionCode.matches("\\d{6}")) {
                throw ApiException.invalid("INVALID_PARAMETER", List.of(FieldViolation.of("regionCode",
                        "FIELD_FORMAT")));
            }
            if (!regional || !scope.coversRegion(regionCode)) {
                throw ApiException.notFound("Region", regionCode);
            }
            return new Target(null, regionCode, ScopeCriteria.inRegion(regionCode));
        }
        if (regional && scope.regionCode() != null && scope.regionCode().matches("\\d{6}")) {
            return new Target(null, scope.regionCode(), ScopeCriteria.inRegion(scope.regionCode()));
        }
        if (scope.agencyCode() != null) {
            return target(scope.agencyCode(), null);
        }
        throw ApiException.notFound("Agency", "-");
    }

    private static ThreeSystemsFigures.Counts total(List<ThreeSystemsFigures.Counts> all) {
        long decided = 0;
        long[] d = new long[5];
        long[] w = new long[5];
        long avRequired = 0;
        long avMet = 0;
        long lrRequired = 0;
        long lrMet = 0;
        for (ThreeSystemsFigures.Counts c : all) {
            decided += c.decided();
            d[0] += c.disclosure().due();
            d[1] += c.disclosure().inTime();
            d[2] += c.disclosure().late();
            d[3] += c.disclosure().pending();
            d[4] += c.disclosure().overdue();
            w[0] += c.withdrawal().due();
            w[1] += c.withdrawal().inTime();
            w[2] += c.withdrawal().late();
            w[3] += c.withdrawal().pending();
            w[4] += c.withdrawal().overdue();
            avRequired += c.recording().required();
            avMet += c.recording().met();
            lrRequired += c.legalReview().required();
            lrMet += c.legalReview().met();
        }
        return new ThreeSystemsFigures.Counts(null, decided,
                ThreeSystemsFigures.Deadline.of(d[0], d[1], d[2], d[3], d[4]),
                ThreeSystemsFigures.Deadline.of(w[0], w[1], w[2], w[3], w[4]),
                ThreeSystemsFigures.Coverage.of(avRequired, avMet), ThreeSystemsFigures.Coverage.of(lrRequired, lrMet));
    }
}
