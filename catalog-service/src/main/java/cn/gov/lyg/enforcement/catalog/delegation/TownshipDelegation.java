package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.catalog.usability.DelegationPeriod;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationGranted;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationRecalled;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 乡镇赋权: one penalty item (with its related coercive measures, {@code coveredItemIds}) given by a county
 * department to one township of its county. The rules on who may be given what ({@link DelegationRules}, C2) are
 * checked before a proposal reaches the aggregate; it enforces the state machine and the dates.
 */
@Document(TownshipDelegation.COLLECTION)
public class TownshipDelegation extends AggregateDocument {

    public static final String COLLECTION = "township_delegations";
    public static final int DEFAULT_EVALUATION_MONTHS = 12;

    @Id
    private String id;
    private String cityListId;
    private String itemId;
    private String itemCode;
    private String itemType;
    private List<String> coveredItemIds = new ArrayList<>();
    private String fromAgencyCode;
    private String townshipAgencyCode;
    private String regionCode;
    private String decisionDocNo;
    private DelegationStatus status;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private Instant approvedAt;
    private Instant publishedAt;
    private int evaluationCycleMonths = DEFAULT_EVALUATION_MONTHS;
    private List<Evaluation> evaluations = new ArrayList<>();
    private String recallReason;
    private String recallDocNo;

    protected TownshipDelegation() {
    }

    public static TownshipDelegation propose(String cityListId, String itemId, String itemCode, String itemType,
                                             List<String> coveredItemIds, String fromAgencyCode,
                                             String townshipAgencyCode, String regionCode, String decisionDocNo,
                                             LocalDate effectiveFrom, Integer evaluationCycleMonths) {
        TownshipDelegation d = new TownshipDelegation();
        d.id = UUID.randomUUID().toString();
        d.cityListId = cityListId;
        d.itemId = itemId;
        d.itemCode = itemCode;
        d.itemType = itemType;
        d.coveredItemIds = new ArrayList<>(coveredItemIds);
        d.fromAgencyCode = fromAgencyCode;
        d.townshipAgencyCode = townshipAgencyCode;
        d.regionCode = regionCode;
        d.decisionDocNo = decisionDocNo;
        d.effectiveFrom = effectiveFrom;
        d.evaluationCycleMonths = evaluationCycleMonths != null ? evaluationCycleMonths : DEFAULT_EVALUATION_MONTHS;
        d.status = DelegationStatus.PROPOSED;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("itemCode", itemCode);
        details.put("fromAgencyCode", fromAgencyCode);
        details.put("townshipAgencyCode", townshipAgencyCode);
        details.put("decisionDocNo", decisionDocNo);
        d.audit("DELEGATION_PROPOSED", details);
        return d;
    }

    public void approve(Clock clock) {
        require("approve", DelegationStatus.PROPOSED);
        status = DelegationStatus.APPROVED;
        approvedAt = clock.instant();
        audit("DELEGATION_APPROVED", Map.of("decisionDocNo", decisionDocNo));
    }

    /** APPROVED → PUBLISHED (EFFECTIVE from {@code from}, default the proposed date or today); raises Granted. */
    public void publish(LocalDate from, LocalDate to, String actor, Clock clock) {
        require("publish", DelegationStatus.APPROVED);
        LocalDate start = from != null ? from : effectiveFrom != null ? effectiveFrom : LocalDate.now(clock);
        if (to != null && to.isBefore(start)) {
            throw ApiException.invalid("VALIDITY_RANGE", List.of(FieldViolation.of("effectiveTo", "VALIDITY_RANGE")));
        }
        status = DelegationStatus.PUBLISHED;
        effectiveFrom = start;
        effectiveTo = to;
        publishedAt = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("effectiveFrom", start.toString());
        details.put("effectiveTo", to == null ? "" : to.toString());
        audit("DELEGATION_PUBLISHED", details);
        raise(new TownshipDelegationGranted(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(),
                regionCode, fromAgencyCode, itemId, itemCode, itemType, List.copyOf(coveredItemIds), fromAgencyCode,
                townshipAgencyCode, decisionDocNo, cityListId, effectiveFrom, effectiveTo));
    }

    /** A periodic evaluation record; CONTINUED / ADJUSTED become the status, a recall needs {@link #recall}. */
    public void evaluate(LocalDate evaluatedOn, EvaluationResult result, String opinion, String actor, Clock clock) {
        DelegationStatus current = statusOn(LocalDate.now(clock));
        if (!current.allowedActions().contains("evaluate")) {
            throw new InvalidTransitionException("TownshipDelegation", current, "evaluate", current.allowedActions());
        }
        LocalDate on = evaluatedOn != null ? evaluatedOn : LocalDate.now(clock);
        evaluations().add(new Evaluation(on, result, opinion, actor));
        if (result == EvaluationResult.CONTINUED) {
            status = DelegationStatus.CONTINUED;
        } else if (result == EvaluationResult.ADJUSTED) {
            status = DelegationStatus.ADJUSTED;
        } else {
            status = DelegationStatus.UNDER_EVALUATION;
        }
        audit("DELEGATION_EVALUATED", Map.of("evaluatedOn", on.toString(), "result", result.name()));
    }

    /**
     * → RECALLED: the township keeps the power for cases filed on or before {@code recallDate}; later ones return
     * to the department. A delegation that was never published is simply withdrawn (no event).
     */
    public void recall(LocalDate recallDate, String reason, String docNo, String actor, Clock clock) {
        if (status == DelegationStatus.RECALLED) {
            throw new InvalidTransitionException("TownshipDelegation", status, "recall", status.allowedActions());
        }
        if (recallDate == null) {
            throw ApiException.invalid("VALIDATION_FAILED", List.of(FieldViolation.of("recallDate", "FIELD_REQUIRED")));
        }
        if (effectiveFrom != null && recallDate.isBefore(effectiveFrom.minusDays(1))) {
            throw ApiException.invalid("EFFECTIVE_DATE_INVALID",
                    List.of(FieldViolation.of("recallDate", "EFFECTIVE_DATE_INVALID")));
        }
        boolean wasPublished = status.published();
        status = DelegationStatus.RECALLED;
        effectiveTo = effectiveTo != null && effectiveTo.isBefore(recallDate) ? effectiveTo : recallDate;
        recallReason = reason;
        recallDocNo = docNo;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("recallDate", recallDate.toString());
        details.put("reason", reason == null ? "" : reason);
        audit("DELEGATION_RECALLED", details);
        if (wasPublished) {
            raise(new TownshipDelegationRecalled(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id,
                    nextVersion(), regionCode, fromAgencyCode, itemId, itemCode, List.copyOf(coveredItemIds),
                    fromAgencyCode, townshipAgencyCode, docNo != null && !docNo.isBlank() ? docNo : decisionDocNo,
                    effectiveTo, reason));
        }
    }

    /** The status as of {@code today}: PUBLISHED turns EFFECTIVE on its effective date. */
    public DelegationStatus statusOn(LocalDate today) {
        if (status == DelegationStatus.PUBLISHED && effectiveFrom != null && !today.isBefore(effectiveFrom)) {
            return DelegationStatus.EFFECTIVE;
        }
        return status;
    }

    /** Whether the township holds the power on {@code date} (inclusive bounds; C6). */
    public boolean inForceOn(LocalDate date) {
        return status.published() && effectiveFrom != null && !date.isBefore(effectiveFrom)
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The next evaluation due: the last evaluation (or the effective date) plus the cycle. */
    public LocalDate nextEvaluationDue() {
        if (!status.published() || status == DelegationStatus.RECALLED || effectiveFrom == null) {
            return null;
        }
        LocalDate last = evaluations().isEmpty() ? effectiveFrom
                : evaluations().get(evaluations().size() - 1).evaluatedOn();
        return last.plusMonths(evaluationCycleMonths);
    }

    public DelegationPeriod period() {
        return new DelegationPeriod(id, fromAgencyCode, townshipAgencyCode, regionCode, effectiveFrom, effectiveTo);
    }

    private void require(String action, DelegationStatus expected) {
        if (status != expected) {
            throw new InvalidTransitionException("TownshipDelegation", status, action, status.allowedActions());
        }
    }

    private List<Evaluation> evaluations() {
        if (evaluations == null) {
            evaluations = new ArrayList<>();
        }
        return evaluations;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "TownshipDelegation";
    }

    public String getId() {
        return id;
    }

    public String getCityListId() {
        return cityListId;
    }

    public String getItemId() {
        return itemId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getItemType() {
        return itemType;
    }

    public List<String> getCoveredItemIds() {
        return List.copyOf(coveredItemIds);
    }

    public String getFromAgencyCode() {
        return fromAgencyCode;
    }

    public String getTownshipAgencyCode() {
        return townshipAgencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getDecisionDocNo() {
        return decisionDocNo;
    }

    public DelegationStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getEvaluationCycleMonths() {
        return evaluationCycleMonths;
    }

    public List<Evaluation> getEvaluations() {
        return List.copyOf(evaluations());
    }

    public String getRecallReason() {
        return recallReason;
    }

    public String getRecallDocNo() {
        return recallDocNo;
    }

    /** One periodic evaluation record. */
    public record Evaluation(LocalDate evaluatedOn, EvaluationResult result, String opinion, String evaluatedBy) {
    }
}
