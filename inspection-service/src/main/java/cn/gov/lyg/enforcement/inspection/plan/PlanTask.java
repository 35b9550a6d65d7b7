package cn.gov.lyg.enforcement.inspection.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One task of an annual plan.
 *
 * @param kind ROUTINE or SPECIAL
 * @param approvingAuthority for SPECIAL: the county-level-or-higher government or vertical superior that approved it
 * @param approvalDocNo for SPECIAL: the approval document number
 * @param frequencyCapPerObject inspections per object and year planned (e.g. 1 or 2)
 */
public record PlanTask(String taskName, String kind, List<String> itemIds, List<String> regionCodes,
                       LocalDate startDate, LocalDate endDate, Integer frequencyCapPerObject,
                       String approvingAuthority, String approvalDocNo) {

    public PlanTask {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
    }

    public boolean special() {
        return "SPECIAL".equals(kind);
    }

    public boolean approved() {
        return approvingAuthority != null && !approvingAuthority.isBlank() && approvalDocNo != null
                && !approvalDocNo.isBlank();
    }
}
