package cn.gov.lyg.enforcement.inspection.assessment;

import java.math.BigDecimal;

/**
 * 评估指标 (DOMAIN.md §2.3.2): employees affected, production days lost, share of revenue affected (per cent),
 * contracts at risk, financing/credit impact, supply-chain impact.
 */
public record Indicators(Integer employeesAffected, Integer productionDaysLost, BigDecimal revenueShareAffected,
                         Integer contractsAtRisk, Boolean financingImpact, Boolean supplyChainImpact) {

    int employees() {
        return employeesAffected == null ? 0 : employeesAffected;
    }

    int days() {
        return productionDaysLost == null ? 0 : productionDaysLost;
    }

    BigDecimal share() {
        return revenueShareAffected == null ? BigDecimal.ZERO : revenueShareAffected;
    }

    int contracts() {
        return contractsAtRisk == null ? 0 : contractsAtRisk;
    }
}
