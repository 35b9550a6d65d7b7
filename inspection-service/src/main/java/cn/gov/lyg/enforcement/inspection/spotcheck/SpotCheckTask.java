package cn.gov.lyg.enforcement.inspection.spotcheck;

import cn.gov.lyg.enforcement.events.inspection.SpotCheckDrawn;
import cn.gov.lyg.enforcement.inspection.draw.ClassRatio;
import cn.gov.lyg.enforcement.inspection.draw.DrawResult;
import cn.gov.lyg.enforcement.inspection.draw.DrawCommitment;
import cn.gov.lyg.enforcement.inspection.draw.PopulationFilter;
import cn.gov.lyg.enforcement.inspection.draw.RatioConfig;
import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.inspection.entity.EntityType;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 双随机抽查任务: scope, items, sampling per credit class and the commitment to the draw's nonce, published when the
 * task is created (before anyone can know the seed). The nonce itself is revealed only by the draw.
 */
@Document(SpotCheckTask.COLLECTION)
public class SpotCheckTask extends AggregateDocument {

    public static final String COLLECTION = "spot_check_tasks";

    @Id
    private String id;
    private String taskCode;
    private String name;
    private String agencyCode;
    private String agencyRegion;
    private List<String> itemIds;
    private Set<String> itemDomains;
    private List<String> regionCodes;
    private Set<EntityType> entityTypes;
    private List<String> industryPrefixes;
    private Set<String> licences;
    private boolean keySupervisionOnly;
    private BigDecimal baseRatio;
    private Map<CreditRiskClass, BigDecimal> classRatios;
    private Map<CreditRiskClass, Integer> classMinimums;
    private int teamSize;
    private String crossDeptItemId;
    private List<String> participatingAgencyCodes = List.of();
    private SpotCheckStatus status;
    private String nonceHash;
    private String nonce;
    private Instant drawnAt;
    private String drawnBy;

    protected SpotCheckTask() {
        // for the mapping layer
    }

    public static SpotCheckTask create(String taskCode, String agencyCode, String agencyRegion, SpotCheckRequest r,
                                       String nonce) {
        if (r.name() == null || r.name().isBlank()) {
            throw RuleViolation.invalid("SPOT_CHECK_NAME_REQUIRED").with("field", "name");
        }
        if (r.itemIds() == null || r.itemIds().isEmpty()) {
            throw RuleViolation.invalid("SPOT_CHECK_ITEMS_REQUIRED").with("field", "itemIds");
        }
        if (r.regionCodes() == null || r.regionCodes().isEmpty()) {
            throw RuleViolation.invalid("SPOT_CHECK_SCOPE_REQUIRED").with("field", "regionCodes");
        }
        int team = r.teamSize() == null ? 2 : r.teamSize();
        if (team < 2) {
            throw RuleViolation.invalid("MIN_TWO_QUALIFIED_OFFICERS", team).with("field", "teamSize");
        }
        SpotCheckTask t = new SpotCheckTask();
        t.id = UUID.randomUUID().toString();
        t.taskCode = taskCode;
        t.name = r.name().strip();
        t.agencyCode = agencyCode;
        t.agencyRegion = agencyRegion;
        t.itemIds = List.copyOf(r.itemIds());
        t.itemDomains = r.itemDomains() == null ? Set.of() : Set.copyOf(r.itemDomains());
        t.regionCodes = List.copyOf(r.regionCodes());
        t.entityTypes = r.entityTypes() == null ? Set.of() : Set.copyOf(r.entityTypes());
        t.industryPrefixes = r.industryPrefixes() == null ? List.of() : List.copyOf(r.industryPrefixes());
        t.licences = r.licences() == null ? Set.of() : Set.copyOf(r.licences());
        t.keySupervisionOnly = Boolean.TRUE.equals(r.keySupervisionOnly());
        t.baseRatio = r.baseRatio();
        t.classRatios = r.classRatios() == null ? Map.of() : Map.copyOf(r.classRatios());
        t.classMinimums = r.classMinimums() == null ? Map.of() : Map.copyOf(r.classMinimums());
        t.teamSize = team;
        t.crossDeptItemId = r.crossDeptItemId();
        t.participatingAgencyCodes = r.participatingAgencyCodes() == null ? List.of()
                : r.participatingAgencyCodes().stream().filter(a -> !a.equals(agencyCode)).distinct().toList();
        t.ratios(); // validates
        t.status = SpotCheckStatus.PENDING_DRAW;
        t.nonce = nonce;
        t.nonceHash = DrawCommitment.of(nonce).nonceHash();
        t.audit("SPOT_CHECK_CREATED", Map.of("taskCode", taskCode, "nonceHash", t.nonceHash));
        return t;
    }

    /** Sampling per class: explicit class ratios, else the default multipliers of the base ratio. */
    public RatioConfig ratios() {
        try {
            if (classRatios != null && classRatios.size() == CreditRiskClass.values().length) {
                EnumMap<CreditRiskClass, ClassRatio> map = new EnumMap<>(CreditRiskClass.class);
                classRatios.forEach((c, r) -> map.put(c, new ClassRatio(r, classMinimums.getOrDefault(c, 0))));
                return new RatioConfig(map);
            }
            if (baseRatio == null) {
                throw RuleViolation.invalid("SAMPLING_RATIO_INVALID").with("field", "baseRatio");
            }
            return RatioConfig.fromBaseRatio(baseRatio, classMinimums == null ? Map.of() : classMinimums);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("SAMPLING_RATIO_INVALID").with("field", "baseRatio");
        }
    }

    public PopulationFilter scope() {
        return new PopulationFilter(regionCodes, Set.of(), entityTypes, industryPrefixes, licences,
                keySupervisionOnly);
    }

    void drawn(Instant at, String by, DrawResult r) {
        if (status != SpotCheckStatus.PENDING_DRAW) {
            throw RuleViolation.conflict("ALREADY_DRAWN", taskCode);
        }
        status = SpotCheckStatus.DRAWN;
        drawnAt = at;
        drawnBy = by;
        audit("SPOT_CHECK_DRAWN", Map.of("taskCode", taskCode, "drawnAt", at.toString()));
        // public facts only: never a credit class, a stratum size or a class ratio
        raise(new SpotCheckDrawn(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(at,
                ZoneId.of("Asia/Shanghai")), id, nextVersion(), agencyRegion, agencyCode, taskCode, r.algorithm(),
                r.drawnAt(), nonceHash, nonce, r.seed(), r.populationCount(), r.populationHash(), r.resultHash(),
                r.drawn().size(), r.drawn().stream().map(e -> e.uscc()).toList()));
    }

    /** The nonce: revealed only once drawn. */
    public String revealedNonce() {
        return status == SpotCheckStatus.DRAWN ? nonce : null;
    }

    String secretNonce() {
        return nonce;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "SpotCheckTask";
    }

    public String getId() {
        return id;
    }

    public String getTaskCode() {
        return taskCode;
    }

    public String getName() {
        return name;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAgencyRegion() {
        return agencyRegion;
    }

    public List<String> getItemIds() {
        return itemIds;
    }

    public Set<String> getItemDomains() {
        return itemDomains;
    }

    public List<String> getRegionCodes() {
        return regionCodes;
    }

    public String getCrossDeptItemId() {
        return crossDeptItemId;
    }

    /** The other agencies of a joint spot check (empty for an agency's own task). */
    public List<String> getParticipatingAgencyCodes() {
        return participatingAgencyCodes == null ? List.of() : participatingAgencyCodes;
    }

    public int getTeamSize() {
        return teamSize;
    }

    public SpotCheckStatus getStatus() {
        return status;
    }

    public String getNonceHash() {
        return nonceHash;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public BigDecimal getBaseRatio() {
        return baseRatio;
    }
}
