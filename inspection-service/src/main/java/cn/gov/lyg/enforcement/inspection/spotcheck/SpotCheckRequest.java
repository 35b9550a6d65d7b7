package cn.gov.lyg.enforcement.inspection.spotcheck;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.inspection.entity.EntityType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A new spot-check task.
 *
 * @param itemDomains enforcement domains of the items (every drawn inspector's certificate covers all of them)
 * @param baseRatio the task's base ratio; classes get the default multipliers unless {@code classRatios} sets them
 * @param classMinimums per-class minimum counts
 * @param teamSize inspectors per entity, at least 2 (default 2)
 * @param crossDeptItemId for a joint spot check 部门联合抽查: the cross-department item the caller's agency leads
 * @param participatingAgencyCodes the item's agencies that take part: every drawn entity gets a joint inspection
 */
public record SpotCheckRequest(String name, List<String> itemIds, Set<String> itemDomains, List<String> regionCodes,
                               Set<EntityType> entityTypes, List<String> industryPrefixes, Set<String> licences,
                               Boolean keySupervisionOnly, BigDecimal baseRatio,
                               Map<CreditRiskClass, BigDecimal> classRatios,
                               Map<CreditRiskClass, Integer> classMinimums, Integer teamSize,
                               String crossDeptItemId, List<String> participatingAgencyCodes) {
}
