package cn.gov.lyg.enforcement.catalog.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** API representation of a delegation; {@code status} is as of today (PUBLISHED turns EFFECTIVE on its date). */
public record DelegationView(String id, String cityListId, String itemId, String itemCode, String itemType,
                             List<String> coveredItemIds, String fromAgencyCode, String townshipAgencyCode,
                             String regionCode, String decisionDocNo, DelegationStatus status, String statusName,
                             List<String> allowedActions, LocalDate effectiveFrom, LocalDate effectiveTo,
                             Instant publishedAt, int evaluationCycleMonths, LocalDate nextEvaluationDue,
                             List<TownshipDelegation.Evaluation> evaluations, String recallReason, Long version) {

    public static DelegationView of(TownshipDelegation d, LocalDate today) {
        DelegationStatus status = d.statusOn(today);
        return new DelegationView(d.getId(), d.getCityListId(), d.getItemId(), d.getItemCode(), d.getItemType(),
                d.getCoveredItemIds(), d.getFromAgencyCode(), d.getTownshipAgencyCode(), d.getRegionCode(),
                d.getDecisionDocNo(), status, status.displayName(), status.allowedActions(), d.getEffectiveFrom(),
                d.getEffectiveTo(), d.getPublishedAt(), d.getEvaluationCycleMonths(), d.nextEvaluationDue(),
                d.getEvaluations(), d.getRecallReason(), d.getVersion());
    }

    /** A city list version with its delegations. */
    public record CityList(String id, String cityRegionCode, int listVersion, String title, String approvalDocNo,
                           CityListStatus status, String statusName, Instant publishedAt, String supersededBy,
                           List<DelegationView> delegations, Long version) {

        public static CityList of(CityDelegationList l, List<DelegationView> delegations) {
            return new CityList(l.getId(), l.getCityRegionCode(), l.getListVersion(), l.getTitle(),
                    l.getApprovalDocNo(), l.getStatus(), l.getStatus().displayName(), l.getPublishedAt(),
                    l.getSupersededBy(), delegations, l.getVersion());
        }
    }
}
