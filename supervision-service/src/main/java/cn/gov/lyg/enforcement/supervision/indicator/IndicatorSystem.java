package cn.gov.lyg.enforcement.supervision.indicator;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A version of the evaluation indicator system, held as data: DRAFT → ACTIVE (the previous ACTIVE one becomes
 * SUPERSEDED). Weights are validated at creation ({@link IndicatorRules#validate}).
 */
@Document(IndicatorSystem.COLLECTION)
public class IndicatorSystem extends AggregateDocument {

    public static final String COLLECTION = "indicator_systems";

    public enum Status { DRAFT, ACTIVE, SUPERSEDED }

    @Id
    private String id;
    private int number;
    private String name;
    private List<IndicatorRules.Indicator> indicators;
    private Status status = Status.DRAFT;

    protected IndicatorSystem() {
    }

    public static IndicatorSystem draft(int number, String name, List<IndicatorRules.Indicator> indicators) {
        var errors = IndicatorRules.validate(indicators);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("INDICATOR_SYSTEM_INVALID", errors);
        }
        IndicatorSystem s = new IndicatorSystem();
        s.id = "v" + number;
        s.number = number;
        s.name = name;
        s.indicators = List.copyOf(indicators);
        s.audit("INDICATOR_SYSTEM_DRAFTED", Map.of("number", number));
        return s;
    }

    public void activate() {
        if (status != Status.DRAFT) {
            throw new InvalidTransitionException("IndicatorSystem", status, "activate", List.of());
        }
        status = Status.ACTIVE;
        audit("INDICATOR_SYSTEM_ACTIVATED", Map.of("number", number));
    }

    public void supersede() {
        status = Status.SUPERSEDED;
        audit("INDICATOR_SYSTEM_SUPERSEDED", Map.of("number", number));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "IndicatorSystem";
    }

    public String getId() { return id; }
    public int getNumber() { return number; }
    public String getName() { return name; }
    public List<IndicatorRules.Indicator> getIndicators() { return indicators == null ? List.of() : indicators; }
    public Status getStatus() { return status; }
}
