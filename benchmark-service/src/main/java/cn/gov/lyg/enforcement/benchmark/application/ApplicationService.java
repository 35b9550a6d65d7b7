package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.check.CheckReport;
import cn.gov.lyg.enforcement.benchmark.check.CheckResult;
import cn.gov.lyg.enforcement.benchmark.check.DecisionCheckService;
import cn.gov.lyg.enforcement.benchmark.check.DecisionChecks;
import cn.gov.lyg.enforcement.benchmark.check.DeviationApproval;
import cn.gov.lyg.enforcement.benchmark.check.ProposedDecision;
import cn.gov.lyg.enforcement.benchmark.evaluation.AppliedDecision;
import cn.gov.lyg.enforcement.benchmark.evaluation.BenchmarkEvaluation;
import cn.gov.lyg.enforcement.benchmark.recommendation.NoPenaltyOption;
import cn.gov.lyg.enforcement.benchmark.recommendation.Recommendation;
import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationService;
import cn.gov.lyg.enforcement.benchmark.web.Amounts;
import cn.gov.lyg.enforcement.benchmark.web.Bodies;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkApplied;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkDeviationRecorded;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementReviewOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.DecisionRecordReaders;
import cn.gov.lyg.enforcement.platform.security.policy.DecisionRecorders;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records penalty decisions against benchmarks. The decision is run through the pre-decision gate first: a decision
 * breaking a substantive rule ({@link DecisionChecks#BLOCKING}: a deviation without approval, above the statutory
 * maximum, a mandatory kind missing, ...) is refused with that code; procedural findings are recorded with it. One
 * record per agency + case + entry: the same decision again returns the first record, a different one is 409.
 */
@Service
public class ApplicationService {

    private final ApplicationStore store;
    private final DecisionCheckService checks;
    private final JsonMapper json;
    private final Clock clock;

    public ApplicationService(ApplicationStore store, DecisionCheckService checks, JsonMapper json, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.json = json;
        this.clock = clock;
    }

    /** Outcome of a record call: the record and whether it was created now. */
    public record Recorded(BenchmarkApplicationRecord record, boolean created) {
    }

    @DecisionRecorders
    public Recorded record(String body) {
        ApplicationBody b = Bodies.read(json, body, ApplicationBody.class, "APPLICATION_INVALID");
        if (b.caseId() == null || b.caseId().isBlank() || b.caseId().length() > 64) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "APPLICATION_INVALID",
                    List.of(FieldViolation.of("caseId", "FIELD_REQUIRED")), "caseId (1–64 characters) is required");
        }
        DecisionCheckService.Evaluation ev = checks.evaluate(b.caseId(), b.facts(), b.decision());
        RecommendationService.Resolved r = ev.resolved();
        Recommendation rec = r.outcome().recommendation();
        ProposedDecision d = ev.decision();
        var existing = store.find(r.agencyCode(), b.caseId(), rec.entryId());
        if (existing.isPresent()) {
            return sameDecision(existing.get(), d) ? new Recorded(existing.get(), false)
                    : failConflict(existing.get());
        }
        CheckReport report = ev.report();
        List<CheckResult> blocking = report.breaches().stream()
                .filter(x -> DecisionChecks.BLOCKING.contains(x.code())).toList();
        if (!blocking.isEmpty()) {
            throw refused(blocking);
        }
        String exemption = d.noPenalty() ? exemption(b.exemption(), rec) : null;
        String id = UUID.randomUUID().toString();
        BenchmarkApplicationRecord record = new BenchmarkApplicationRecord(id, r.agencyCode(), r.agencyRegion(),
                b.caseId(), b.facts().partyId(), d.partyType(), r.outcome().choice().chosen().benchmarkId(),
                rec.benchmarkVersionId(), r.outcome().choice().atViolationId(), r.outcome().choice().atDecisionId(),
                rec.entryId(), rec.violationCode(), r.request().violationDate(), d.decisionDate(),
                r.request().circumstanceLevel(), r.request().factors(), r.request().baseAmount(), rec.tier(),
                rec.range() == null ? null : rec.range().min(), rec.range() == null ? null : rec.range().max(),
                d.penaltyKinds(), d.fineAmount(), !report.deviation(), d.noPenalty(), exemption, d.educationMeasure(),
                report.deviation() ? d.deviationApproval() : null, b.reasoningText(), report.verdict(),
                report.breaches().stream().map(CheckResult::code).toList(),
                report.unknowns().stream().map(CheckResult::code).toList(), CurrentScope.get().auditName());
        OffsetDateTime now = OffsetDateTime.now(clock);
        record.record(new BenchmarkApplied(UUID.randomUUID().toString(), now, id, 0, r.agencyRegion(), r.agencyCode(),
                b.caseId(), rec.benchmarkVersionId(), r.outcome().choice().atViolationId(), rec.entryId(),
                rec.violationCode(), r.request().violationDate(), d.decisionDate(), rec.tier().name(),
                rec.range() == null ? null : Amounts.text(rec.range().min()),
                rec.range() == null ? null : Amounts.text(rec.range().max()),
                d.penaltyKinds().stream().map(Enum::name).sorted().toList(), Amounts.text(d.fineAmount()),
                !report.deviation(), d.noPenalty(), exemption));
        if (report.deviation()) {
            var a = d.deviationApproval();
            record.record(new BenchmarkDeviationRecorded(UUID.randomUUID().toString(), now, id, 0, r.agencyRegion(),
                    r.agencyCode(), b.caseId(), rec.benchmarkVersionId(), rec.entryId(), rec.violationCode(),
                    rec.tier().name(), rec.range() == null ? null : Amounts.text(rec.range().min()),
                    rec.range() == null ? null : Amounts.text(rec.range().max()), Amounts.text(d.fineAmount()),
                    a.type().name(), a.approver(), a.date(), a.minutesRef(), a.reasoning()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("caseId", b.caseId());
        details.put("violationCode", rec.violationCode());
        details.put("deviation", report.deviation());
        record.note("BENCHMARK_APPLIED", details);
        try {
            return new Recorded(store.insert(record), true);
        } catch (DuplicateKeyException e) {
            BenchmarkApplicationRecord first = store.find(r.agencyCode(), b.caseId(), rec.entryId()).orElseThrow(() -> e);
            return sameDecision(first, d) ? new Recorded(first, false) : failConflict(first);
        }
    }

    /** One application: the readers of the list ({@link #search}), within their scope (404 outside it). */
    @DecisionRecordReaders
    public BenchmarkApplicationRecord get(String id) {
        DataScope scope = CurrentScope.get();
        return store.findById(id).filter(r -> canRead(r, scope))
                .orElseThrow(() -> ApiException.notFound("BenchmarkApplication", id));
    }

    @DecisionRecordReaders
    public Page<BenchmarkApplicationRecord> search(ApplicationFilter filter, Pageable pageable) {
        return store.search(filter, scopeCriteria(CurrentScope.get()), pageable);
    }

    /**
     * The evaluation of one agency's applications decided in [from, to]: the agency's own staff, the judicial bureaus
     * of its region, the province.
     */
    @AgencyManagementReviewOrSupervision
    public BenchmarkEvaluation evaluate(String agencyCode, LocalDate from, LocalDate to, Integer totalDecisions) {
        checkEvaluationRequest(agencyCode, from, to, totalDecisions);
        List<AppliedDecision> decisions = new ArrayList<>();
        store.forEach(agencyCode, from, to, r -> decisions.add(applied(r)));
        return evaluation(decisions, totalDecisions);
    }

    /**
     * The same evaluation with the decisions that deviated from the recommended range, for the XLSX export: same
     * policy, same parameters, same data scope (an agency outside it is 404), one pass over the applications.
     */
    @AgencyManagementReviewOrSupervision
    public EvaluationExport evaluationExport(String agencyCode, LocalDate from, LocalDate to, Integer totalDecisions) {
        checkEvaluationRequest(agencyCode, from, to, totalDecisions);
        List<AppliedDecision> decisions = new ArrayList<>();
        List<EvaluationExport.Deviation> deviations = new ArrayList<>();
        store.forEach(agencyCode, from, to, r -> {
            decisions.add(applied(r));
            if (!r.isWithinRecommended()) {
                deviations.add(deviation(r));
            }
        });
        deviations.sort(Comparator.comparing(EvaluationExport.Deviation::decisionDate,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EvaluationExport.Deviation::caseId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EvaluationExport.Deviation::applicationId));
        return new EvaluationExport(agencyCode, from, to, evaluation(decisions, totalDecisions), deviations);
    }

    /** Parameters first (400), then the data scope (404 outside it, so that other agencies' existence does not leak). */
    private static void checkEvaluationRequest(String agencyCode, LocalDate from, LocalDate to,
                                               Integer totalDecisions) {
        DataScope scope = CurrentScope.get();
        if (agencyCode == null || from == null || to == null) {
            throw ApiException.badRequest("PARAMETER_REQUIRED", agencyCode == null ? "agencyCode" : from == null ? "from" : "to");
        }
        if (to.isBefore(from)) {
            throw ApiException.badRequest("DATES_OUT_OF_ORDER", "to < from");
        }
        if (totalDecisions != null && totalDecisions < 0) {
            throw ApiException.badRequest("INVALID_PARAMETER", "totalDecisions");
        }
        boolean own = scope.belongsTo(agencyCode);
        boolean region = (scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY))
                && scope.coversRegion(agencyCode.length() == 18 ? agencyCode.substring(2, 8) : "");
        if (!own && !region) {
            throw ApiException.notFound("BenchmarkApplication", agencyCode);
        }
    }

    private static AppliedDecision applied(BenchmarkApplicationRecord r) {
        return new AppliedDecision(r.getViolationCode(), r.getRecommendedTier(), r.getFinalFine(),
                r.isWithinRecommended(), r.isNoPenalty(), r.getExemption());
    }

    private static EvaluationExport.Deviation deviation(BenchmarkApplicationRecord r) {
        DeviationApproval a = r.getDeviationApproval();
        return new EvaluationExport.Deviation(r.getId(), r.getCaseId(), r.getDecisionDate(), r.getViolationCode(),
                r.getRecommendedTier(), r.getRecommendedMin(), r.getRecommendedMax(), r.getFinalFine(),
                r.isNoPenalty(), a == null || a.type() == null ? null : a.type().name(), a == null ? null : a.approver(),
                a == null ? null : a.date(), a == null ? null : a.minutesRef(), a == null ? null : a.reasoning());
    }

    private static BenchmarkEvaluation evaluation(List<AppliedDecision> decisions, Integer totalDecisions) {
        try {
            return BenchmarkEvaluation.of(decisions, totalDecisions);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INVALID_PARAMETER", "totalDecisions");
        }
    }

    static boolean canRead(BenchmarkApplicationRecord r, DataScope scope) {
        if (scope.agencyCode() != null && scope.belongsTo(r.getAgencyCode())) {
            return !scope.has(Role.AUXILIARY) || scope.has(Role.OFFICER);
        }
        return (scope.isRegionalSupervisor() || scope.has(Role.INTEGRATION) || scope.has(Role.PROVINCE_READONLY))
                && scope.coversRegion(r.getRegionCode());
    }

    static Criteria scopeCriteria(DataScope scope) {
        List<Criteria> any = new ArrayList<>();
        if (scope.agencyCode() != null && (scope.hasAny(Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER))) {
            any.add(Criteria.where("agencyCode").is(scope.agencyCode()));
        }
        if ((scope.isRegionalSupervisor() || scope.has(Role.INTEGRATION) || scope.has(Role.PROVINCE_READONLY))
                && scope.regionCode() != null) {
            String r = scope.regionCode();
            String prefix = r.endsWith("0000") ? r.substring(0, 2) : r.endsWith("00") ? r.substring(0, 4) : r;
            any.add(Criteria.where("regionCode").regex("^" + prefix));
        }
        if (any.isEmpty()) {
            return Criteria.where("_id").is(null);
        }
        return any.size() == 1 ? any.get(0) : new Criteria().orOperator(any);
    }

    private static String exemption(String chosen, Recommendation rec) {
        if (chosen != null) {
            boolean offered = rec.noPenaltyOptions().stream().anyMatch(o -> o.code().equals(chosen));
            if (!offered) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "EXEMPTION_NOT_OFFERED",
                        List.of(FieldViolation.of("exemption", "EXEMPTION_NOT_OFFERED")), chosen);
            }
            return chosen;
        }
        return rec.noPenaltyOptions().stream().findFirst().map(NoPenaltyOption::code).orElse(null);
    }

    private static boolean sameDecision(BenchmarkApplicationRecord r, ProposedDecision d) {
        return Objects.equals(r.getFinalPenaltyKinds(), d.penaltyKinds())
                && (r.getFinalFine() == null ? d.fineAmount() == null
                : d.fineAmount() != null && r.getFinalFine().compareTo(d.fineAmount()) == 0)
                && Objects.equals(r.getDecisionDate(), d.decisionDate());
    }

    private static Recorded failConflict(BenchmarkApplicationRecord first) {
        throw ApiException.conflict("APPLICATION_EXISTS", first.getCaseId()).with("applicationId", first.getId());
    }

    private static ApiException refused(List<CheckResult> blocking) {
        List<FieldViolation> errors = blocking.stream()
                .map(x -> new FieldViolation(null, x.code(), x.detail() + " — " + x.citation().display())).toList();
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, blocking.get(0).code(), errors,
                blocking.get(0).detail()).with("violations", blocking.stream().map(x -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", x.code());
                    m.put("detail", x.detail());
                    m.put("citation", x.citation().display());
                    return m;
                }).toList());
    }
}
