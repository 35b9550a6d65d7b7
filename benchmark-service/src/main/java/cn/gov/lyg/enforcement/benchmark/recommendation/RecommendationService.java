package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.agency.AgencyLookup;
import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkEntry;
import cn.gov.lyg.enforcement.benchmark.benchmark.PublishedBenchmarks;
import cn.gov.lyg.enforcement.benchmark.web.Bodies;
import cn.gov.lyg.enforcement.benchmark.web.RuleProblems;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.DecisionSupport;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recommendations for the agencies' case-handling systems and officers. The deciding agency is the caller's own
 * (an officer may not ask for another agency), or — with an integration token, which carries none — the
 * {@code agencyCode} of the body, which must be a known agency inside the client's region. Supervisors may ask for
 * agencies of their region.
 */
@Service
public class RecommendationService {

    private final PublishedBenchmarks benchmarks;
    private final AgencyLookup agencies;
    private final DecisionHistory history;
    private final RepealedProvisions repealed;
    private final LexMitior lexMitior;
    private final JsonMapper json;

    public RecommendationService(PublishedBenchmarks benchmarks, AgencyLookup agencies, DecisionHistory history,
                                 RepealedProvisions repealed, LexMitior lexMitior, JsonMapper json) {
        this.benchmarks = benchmarks;
        this.agencies = agencies;
        this.history = history;
        this.repealed = repealed;
        this.lexMitior = lexMitior;
        this.json = json;
    }

    @DecisionSupport
    public RecommendationView recommend(String body) {
        RecommendationBody b = Bodies.read(json, body, RecommendationBody.class, "RECOMMENDATION_INVALID");
        Resolved r = resolve(b);
        return RecommendationView.of(r.agencyCode(), r.outcome());
    }

    /** The agency, the benchmark versions, the entry and the outcome for a body (shared with checks and applications). */
    public Resolved resolve(RecommendationBody b) {
        AgencyLookup.AgencyRef agency = decidingAgency(b.agencyCode());
        PublishedBenchmarks.Applicable applicable;
        if (b.entryId() != null) {
            applicable = benchmarks.byEntry(b.entryId())
                    .orElseThrow(() -> ApiException.notFound("BenchmarkEntry", b.entryId()));
        } else if (b.violationCode() != null) {
            applicable = benchmarks.byViolation(b.violationCode(), agency.agencyCode(), agency.regionCode())
                    .orElseThrow(() -> ApiException.notFound("BenchmarkEntry", b.violationCode()));
        } else {
            throw new ApiException(HttpStatus.BAD_REQUEST, "ENTRY_REQUIRED",
                    List.of(FieldViolation.of("entryId", "ENTRY_REQUIRED")));
        }
        RecommendationRequest request = b.toRequest();
        if (b.partyId() != null && b.violationDate() != null) {
            request = request.withPriorDecisions(history.priorDecisions(b.partyId(),
                    b.violationDate().minus(lexMitior.engine().firstViolationLookBack()), b.violationDate()));
        }
        RecommendationRequest req = request;
        LexMitior.Outcome outcome = RuleProblems.apply(() -> lexMitior.recommend(applicable.versions(),
                applicable.violationCode(), req, repealed.all()));
        BenchmarkEntry entry = outcome.choice().chosen().entryByViolationCode(applicable.violationCode())
                .or(() -> outcome.choice().atViolation() == null ? java.util.Optional.empty()
                        : outcome.choice().atViolation().entryByViolationCode(applicable.violationCode()))
                .orElseThrow();
        return new Resolved(agency.agencyCode(), agency.regionCode(), outcome, entry, req);
    }

    private AgencyLookup.AgencyRef decidingAgency(String bodyAgency) {
        DataScope scope = CurrentScope.get();
        boolean system = scope.has(Role.INTEGRATION) && scope.agencyCode() == null;
        if (!system && !scope.isRegionalSupervisor()) {
            if (bodyAgency != null && !scope.belongsTo(bodyAgency.strip())) {
                throw new ApiException(HttpStatus.FORBIDDEN, "AGENCY_NOT_OWN",
                        List.of(FieldViolation.of("agencyCode", "AGENCY_NOT_OWN")));
            }
            return agencies.find(scope.agencyCode()).orElseThrow(() -> ApiException.forbidden("AGENCY_REQUIRED"));
        }
        if (bodyAgency == null || bodyAgency.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "AGENCY_REQUIRED",
                    List.of(FieldViolation.of("agencyCode", "AGENCY_REQUIRED")));
        }
        AgencyLookup.AgencyRef agency = agencies.find(bodyAgency).orElseThrow(() -> new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT, "AGENCY_UNKNOWN", List.of(FieldViolation.of("agencyCode",
                "AGENCY_UNKNOWN")), bodyAgency));
        if (!scope.coversRegion(agency.regionCode())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "AGENCY_OUTSIDE_REGION",
                    List.of(FieldViolation.of("agencyCode", "AGENCY_OUTSIDE_REGION")));
        }
        return agency;
    }

    /** A resolved request: who decides, under which benchmark version, for which entry, with which facts. */
    public record Resolved(String agencyCode, String agencyRegion, LexMitior.Outcome outcome, BenchmarkEntry entry,
                           RecommendationRequest request) {
    }
}
