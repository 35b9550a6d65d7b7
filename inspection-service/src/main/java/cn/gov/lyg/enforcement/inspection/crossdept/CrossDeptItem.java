package cn.gov.lyg.enforcement.inspection.crossdept;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entry of the 跨部门综合监管事项清单 (DOMAIN.md §2.3.2; 国办发〔2023〕1号): a matter several departments supervise
 * together (燃气安全, 危险化学品全链条, 预付式消费, 校外培训 …) with its lead agency, participating agencies, basis,
 * measures (joint spot check, information sharing, joint punishment), scenarios and review cycle. Joint spot checks
 * of the item are drawn with the verifiable draw by the lead with (a subset of) the participants.
 */
@Document(CrossDeptItem.COLLECTION)
public class CrossDeptItem extends AggregateDocument {

    public static final String COLLECTION = "cross_dept_items";

    /** What the departments do together. */
    public enum Measure {
        JOINT_SPOT_CHECK, INFO_SHARING, JOINT_PUNISHMENT, JOINT_INSPECTION
    }

    /** ACTIVE on the list, RETIRED when taken off. */
    public enum Status {
        ACTIVE, RETIRED
    }

    @Id
    private String id;
    private String code;
    private String name;
    private String leadAgencyCode;
    private List<String> participatingAgencyCodes;
    private List<String> regulatoryBasis;
    private Set<Measure> measures;
    private List<String> scenarioCodes;
    private Integer reviewCycleMonths;
    private String regionCode;
    private Status status;

    protected CrossDeptItem() {
        // for the mapping layer
    }

    /** Content of an item. */
    public record Content(String code, String name, String leadAgencyCode, List<String> participatingAgencyCodes,
                          List<String> regulatoryBasis, Set<Measure> measures, List<String> scenarioCodes,
                          Integer reviewCycleMonths) {
    }

    static CrossDeptItem create(Content c, String regionCode) {
        CrossDeptItem i = new CrossDeptItem();
        i.id = UUID.randomUUID().toString();
        i.code = c.code() == null || c.code().isBlank() ? "CDI-" + i.id.substring(0, 8).toUpperCase() : c.code();
        i.regionCode = regionCode;
        i.status = Status.ACTIVE;
        i.apply(c);
        i.audit("CROSS_DEPT_ITEM_CREATED", Map.of("code", i.code));
        return i;
    }

    void update(Content c) {
        apply(c);
        audit("CROSS_DEPT_ITEM_UPDATED", Map.of("code", code));
    }

    void retire() {
        status = Status.RETIRED;
        audit("CROSS_DEPT_ITEM_RETIRED", Map.of("code", code));
    }

    private void apply(Content c) {
        if (c.name() == null || c.name().isBlank()) {
            throw RuleViolation.invalid("CROSS_DEPT_ITEM_NAME_REQUIRED").with("field", "name");
        }
        Set<String> others = new LinkedHashSet<>(c.participatingAgencyCodes() == null ? List.of()
                : c.participatingAgencyCodes());
        others.remove(c.leadAgencyCode());
        if (c.leadAgencyCode() == null || others.isEmpty()) {
            throw RuleViolation.invalid("CROSS_DEPT_ITEM_NEEDS_AGENCIES").with("field", "participatingAgencyCodes");
        }
        name = c.name().strip();
        leadAgencyCode = c.leadAgencyCode();
        participatingAgencyCodes = new ArrayList<>(others);
        regulatoryBasis = c.regulatoryBasis() == null ? List.of() : List.copyOf(c.regulatoryBasis());
        measures = c.measures() == null || c.measures().isEmpty() ? Set.of(Measure.JOINT_SPOT_CHECK)
                : Set.copyOf(c.measures());
        scenarioCodes = c.scenarioCodes() == null ? List.of() : List.copyOf(c.scenarioCodes());
        reviewCycleMonths = c.reviewCycleMonths() == null ? 12 : c.reviewCycleMonths();
    }

    /** Whether the agencies (lead and participants of a joint spot check) all belong to the item. */
    public boolean covers(String lead, List<String> participants) {
        return leadAgencyCode.equals(lead) && participatingAgencyCodes.containsAll(participants);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "CrossDeptSupervisionItem";
    }

    public String getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getLeadAgencyCode() { return leadAgencyCode; }
    public List<String> getParticipatingAgencyCodes() { return List.copyOf(participatingAgencyCodes); }
    public List<String> getRegulatoryBasis() { return regulatoryBasis; }
    public Set<Measure> getMeasures() { return measures; }
    public List<String> getScenarioCodes() { return scenarioCodes; }
    public Integer getReviewCycleMonths() { return reviewCycleMonths; }
    public String getRegionCode() { return regionCode; }
    public Status getStatus() { return status; }
}
