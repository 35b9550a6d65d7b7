package cn.gov.lyg.enforcement.inspection.assessment;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.identifier.LegacyCreditCodes;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.identifier.UsccValidation;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyLeadersOnly;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyStaff;
import cn.gov.lyg.enforcement.platform.security.policy.InspectionReaders;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Economic impact assessments of the caller's agency's cases: drafted and revised by its staff, submitted, approved
 * or returned by its leader (not the submitter). Supervisors read those of their region.
 */
@Service
public class AssessmentService {

    private final AssessmentStore store;
    private final ImpactRules rules;
    private final LegacyCreditCodes legacy;
    private final Clock clock;

    AssessmentService(AssessmentStore store, ImpactRules rules, LegacyCreditCodes legacy, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.legacy = legacy;
        this.clock = clock;
    }

    /** Body of a draft or revision. */
    public record Body(String caseId, String uscc, String domain, AssessmentStage stage,
                       List<ProposedMeasure> proposedMeasures, java.math.BigDecimal fineAmount,
                       Indicators indicators, RiskLevel riskLevel, List<Mitigation> mitigations, String notes) {
    }

    @AgencyStaff
    public EconomicImpactAssessment draft(Body b) {
        DataScope scope = agencyScope();
        if (b == null || b.caseId() == null || b.caseId().isBlank() || b.caseId().length() > 64) {
            throw RuleViolation.invalid("CASE_ID_REQUIRED").with("field", "caseId");
        }
        EconomicImpactAssessment a = EconomicImpactAssessment.draft(scope.agencyCode(), scope.regionCode(),
                b.caseId().trim(), content(b), rules);
        try {
            return store.insert(a);
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("IMPACT_ASSESSMENT_EXISTS", b.caseId());
        }
    }

    @AgencyStaff
    public EconomicImpactAssessment revise(String id, Long expectedVersion, Body b) {
        EconomicImpactAssessment a = own(id, expectedVersion);
        a.revise(content(b), rules);
        return store.save(a);
    }

    @AgencyStaff
    public EconomicImpactAssessment submit(String id, Long expectedVersion) {
        EconomicImpactAssessment a = own(id, expectedVersion);
        a.submit(CurrentScope.get().auditName(), clock.instant());
        return store.save(a);
    }

    @AgencyLeadersOnly
    public EconomicImpactAssessment approve(String id, Long expectedVersion) {
        EconomicImpactAssessment a = own(id, expectedVersion);
        a.approve(CurrentScope.get().auditName(), clock.instant());
        return store.save(a);
    }

    @AgencyLeadersOnly
    public EconomicImpactAssessment sendBack(String id, Long expectedVersion, String reason) {
        EconomicImpactAssessment a = own(id, expectedVersion);
        a.sendBack(reason, CurrentScope.get().auditName(), clock.instant());
        return store.save(a);
    }

    @InspectionReaders
    public EconomicImpactAssessment get(String id) {
        DataScope scope = CurrentScope.get();
        return store.find(id).filter(a -> scope.belongsTo(a.getAgencyCode()) || scope.isRegionalSupervisor()
                        && scope.regionCode() != null && scope.coversRegion(a.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("经济影响评估", id));
    }

    @InspectionReaders
    public Page<EconomicImpactAssessment> list(String caseId, AssessmentStatus status, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        Criteria c = readable(scope);
        if (caseId != null) {
            c = new Criteria().andOperator(c, Criteria.where("caseId").is(caseId));
        }
        if (status != null) {
            c = new Criteria().andOperator(c, Criteria.where("status").is(status));
        }
        return store.page(c, pageable);
    }

    private EconomicImpactAssessment own(String id, Long expectedVersion) {
        EconomicImpactAssessment a = get(id);
        if (!CurrentScope.get().belongsTo(a.getAgencyCode())) {
            throw ApiException.forbidden("NOT_ASSESSING_AGENCY");
        }
        if (expectedVersion != null) {
            Versions.check(a, expectedVersion);
        }
        return a;
    }

    private static DataScope agencyScope() {
        DataScope scope = CurrentScope.get();
        if (scope.agencyCode() == null || scope.regionCode() == null) {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        }
        return scope;
    }

    private EconomicImpactAssessment.Content content(Body b) {
        if (b == null) {
            throw RuleViolation.invalid("FIELD_REQUIRED").with("field", "body");
        }
        UsccValidation uscc = UnifiedSocialCreditCode.validate(b.uscc(), legacy);
        if (!uscc.accepted()) {
            String code = uscc.errorCode().orElse("USCC_FORMAT");
            throw new ApiException(HttpStatus.BAD_REQUEST, code, List.of(FieldViolation.of("uscc", code)));
        }
        if (b.domain() == null || !DOMAINS.contains(b.domain())) {
            throw RuleViolation.invalid("DOMAIN_UNKNOWN", String.valueOf(b.domain())).with("field", "domain");
        }
        List<String> codes = rules.check(b.proposedMeasures(), b.fineAmount(), b.indicators(), b.riskLevel(),
                b.mitigations());
        if (!codes.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, codes.get(0), codes.stream()
                    .map(c -> FieldViolation.of(field(c), c)).toList());
        }
        return new EconomicImpactAssessment.Content(uscc.normalized(), b.domain(), b.stage(), b.proposedMeasures(),
                b.fineAmount(), b.indicators(), b.riskLevel(), b.mitigations(), b.notes());
    }

    private static final java.util.Set<String> DOMAINS = java.util.Arrays.stream(
            cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static String field(String code) {
        return switch (code) {
            case "MEASURES_REQUIRED" -> "proposedMeasures";
            case "AMOUNT_INVALID", "FINE_MEASURE_MISMATCH" -> "fineAmount";
            case "INDICATORS_REQUIRED", "INDICATOR_INVALID" -> "indicators";
            case "RISK_LEVEL_UNDERSTATED" -> "riskLevel";
            default -> "mitigations";
        };
    }

    /** The caller's agency's records; supervisors: the records of their region. */
    private static Criteria readable(DataScope scope) {
        if (scope.isRegionalSupervisor() && scope.regionCode() != null) {
            return ScopeCriteria.inRegion(scope.regionCode());
        }
        if (scope.agencyCode() == null) {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        }
        return Criteria.where("agencyCode").is(scope.agencyCode());
    }
}
