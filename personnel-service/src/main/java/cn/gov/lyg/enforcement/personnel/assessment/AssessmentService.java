package cn.gov.lyg.enforcement.personnel.assessment;

import cn.gov.lyg.enforcement.personnel.Scopes;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerService;
import cn.gov.lyg.enforcement.personnel.training.TrainingService;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Use cases and authorization. */
@Service
public class AssessmentService {

    private final MongoTemplate mongo;
    private final OfficerService officers;
    private final TrainingService training;
    private final Clock clock;

    public AssessmentService(MongoTemplate mongo, OfficerService officers,
                             TrainingService training, Clock clock) {
        this.mongo = mongo;
        this.officers = officers;
        this.training = training;
        this.clock = clock;
    }

    @AgencyAdminsOrSupervisors
    public Assessment record(Request r) {
        DataScope scope = CurrentScope.get();
        Officer officer = officers.find(r.officerId())
                .filter(o -> Scopes.manages(scope, o.getAgencyCode()) || Scopes.supervises(scope, o.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("Officer", r.officerId()));
        if (r.year() > LocalDate.now(clock).getYear()) {
            throw ApiException.invalid("ASSESSMENT_YEAR_INVALID", List.of(FieldViolation.of("year",
                    "ASSESSMENT_YEAR_INVALID")));
        }
        if (mongo.exists(new Query(Criteria.where("_id").is(Assessment.idOf(officer.getId(), r.year()))),
                Assessment.class)) {
            throw ApiException.conflict("ASSESSMENT_EXISTS", r.year());
        }
        try {
            return mongo.insert(Assessment.record(officer.getId(), officer.getName(), officer.getAgencyCode(),
                    officer.getRegionCode(), r.year(), r.grade(), r.casesHandled(), r.caseReviewScore(),
                    r.complaintsSubstantiated(), r.accountabilityOutcomes(),
                    training.summaryOf(officer.getId(), r.year()).totalHours()));
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("ASSESSMENT_EXISTS", r.year());
        }
    }

    /** The grade of an officer's assessment of a year, if recorded (unchecked: for the annual review). */
    public Optional<AssessmentGrade> gradeOf(String officerId, int year) {
        return Optional.ofNullable(mongo.findById(Assessment.idOf(officerId, year), Assessment.class))
                .map(Assessment::getGrade);
    }

    @Authenticated
    public List<Assessment> of(String officerId) {
        return mongo.find(new Query(Criteria.where("officerId").is(officers.loadReadable(officerId).getId())),
                Assessment.class);
    }

    @AgencyManagementOrSupervision
    public List<Ranking.Entry> ranking(int year, String region, String weights, int top) {
        DataScope scope = CurrentScope.get();
        Criteria readable = ScopeCriteria.readable(scope, null, null, null);
        Criteria criteria = Criteria.where("year").is(year);
        if (region != null) {
            if (!region.matches("\\d{6}")) {
                throw ApiException.invalid("REGION_FORMAT", List.of(FieldViolation.of("region", "REGION_FORMAT")));
            }
            criteria = criteria.and("regionCode").regex("^" + ScopeCriteria.regionPrefix(region));
        }
        if (top < 1 || top > 200) {
            throw ApiException.invalid("FIELD_RANGE", List.of(FieldViolation.of("top", "FIELD_RANGE")));
        }
        List<Assessment> candidates = mongo.find(new Query(new Criteria().andOperator(readable, criteria)),
                Assessment.class);
        try {
            return Ranking.rank(candidates, parse(weights), top);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("RANKING_INDICATOR_UNKNOWN", List.of(FieldViolation.of("weights",
                    "RANKING_INDICATOR_UNKNOWN")));
        }
    }

    static Map<String, Double> parse(String weights) {
        if (weights == null || weights.isBlank()) {
            return Ranking.DEFAULT_WEIGHTS;
        }
        Map<String, Double> parsed = new LinkedHashMap<>();
        for (String part : weights.split(",")) {
            String[] kv = part.split(":");
            try {
                double w = kv.length == 2 ? Double.parseDouble(kv[1].trim()) : Double.NaN;
                if (!(w >= 0)) {
                    throw new IllegalArgumentException(part);
                }
                parsed.put(kv[0].trim(), w);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(part);
            }
        }
        return parsed;
    }

    /** Assessment body; training hours are taken from the training records of the year. */
    public record Request(@NotBlank String officerId, @NotNull @Min(2000) @Max(2100) Integer year,
                          @NotNull AssessmentGrade grade, @Min(0) Integer casesHandled,
                          @DecimalMin("0") @DecimalMax("100") BigDecimal caseReviewScore,
                          @Min(0) Integer complaintsSubstantiated, @Min(0) Integer accountabilityOutcomes) {
    }
}
