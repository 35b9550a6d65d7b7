package cn.gov.lyg.enforcement.supervision.survey;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A satisfaction survey 执法满意度 of one agency over a period: anonymised responses (the respondent is kept only as a
 * hash, to refuse a second answer of the same respondent), the rate and whether the sample is large enough.
 * OPEN → CLOSED.
 */
@Document(SatisfactionSurvey.COLLECTION)
public class SatisfactionSurvey extends AggregateDocument {

    public static final String COLLECTION = "satisfaction_surveys";

    public enum Status { OPEN, CLOSED }

    public record Response(String responseId, String respondentKind, String respondentHash,
                           Map<String, Integer> scores, int overall, LocalDate respondedOn, Instant recordedAt) {
    }

    @Id
    private String id;
    private String agencyCode;
    private String regionCode;
    private String title;
    private String channel;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private int minimumSample;
    private Status status = Status.OPEN;
    private List<Response> responses = new ArrayList<>();
    private long satisfiedCount;

    protected SatisfactionSurvey() {
    }

    public static SatisfactionSurvey open(String agencyCode, String regionCode, String title, String channel,
                                          LocalDate from, LocalDate to, int minimumSample) {
        if (to.isBefore(from)) {
            throw ApiException.invalid("PERIOD_INVALID", List.of(FieldViolation.of("periodTo", "PERIOD_INVALID")));
        }
        SatisfactionSurvey s = new SatisfactionSurvey();
        s.id = UUID.randomUUID().toString();
        s.agencyCode = agencyCode;
        s.regionCode = regionCode;
        s.title = title;
        s.channel = channel;
        s.periodFrom = from;
        s.periodTo = to;
        s.minimumSample = minimumSample;
        s.audit("SURVEY_OPENED", Map.of("agencyCode", agencyCode, "from", from.toString(), "to", to.toString()));
        return s;
    }

    /**
     * Records a response; the same {@code responseId} again changes nothing (returns false), another answer of the
     * same respondent is 409 {@code SURVEY_DUPLICATE_RESPONDENT}.
     */
    public boolean respond(String responseId, String respondentKind, String respondentHash,
                           Map<String, Integer> scores, int overall, LocalDate respondedOn, Instant now) {
        if (status != Status.OPEN) {
            throw new InvalidTransitionException("SatisfactionSurvey", status, "respond", List.of());
        }
        if (responses().stream().anyMatch(r -> r.responseId().equals(responseId))) {
            return false;
        }
        if (respondentHash != null && responses().stream().anyMatch(r -> respondentHash.equals(r.respondentHash()))) {
            throw ApiException.conflict("SURVEY_DUPLICATE_RESPONDENT");
        }
        List<FieldViolation> errors = SurveyRules.checkResponse(scores, overall, respondedOn, periodFrom, periodTo);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        responses().add(new Response(responseId, respondentKind, respondentHash, scores == null ? Map.of() : scores,
                overall, respondedOn, now));
        if (SurveyRules.satisfied(overall)) {
            satisfiedCount++;
        }
        return true;
    }

    public void close() {
        if (status != Status.OPEN) {
            throw new InvalidTransitionException("SatisfactionSurvey", status, "close", List.of());
        }
        status = Status.CLOSED;
        audit("SURVEY_CLOSED", Map.of("valid", responses().size(), "satisfied", satisfiedCount));
    }

    public long valid() {
        return responses().size();
    }

    public BigDecimal rate() {
        return SurveyRules.rate(satisfiedCount, valid());
    }

    public boolean sufficient() {
        return SurveyRules.sufficient(valid(), minimumSample);
    }

    private List<Response> responses() {
        if (responses == null) {
            responses = new ArrayList<>();
        }
        return responses;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "SatisfactionSurvey";
    }

    public String getId() { return id; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getTitle() { return title; }
    public String getChannel() { return channel; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public int getMinimumSample() { return minimumSample; }
    public Status getStatus() { return status; }
    public long getSatisfiedCount() { return satisfiedCount; }
}
