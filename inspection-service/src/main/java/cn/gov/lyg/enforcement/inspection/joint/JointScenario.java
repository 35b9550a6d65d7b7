package cn.gov.lyg.enforcement.inspection.joint;

import java.util.List;
import java.util.Set;

/**
 * A scenario of the 综合查一次 scenario list 场景清单 (data, {@code inspection.joint.scenarios}): 一业一查 for an
 * industry, 一表通查 with a unified checklist, or a cross-department scene (危货运输全链监管, 建筑工地 …). It names the
 * industries (GB/T 4754 code prefixes) it applies to, the departments' domains that take part, the lead domain
 * (the industry department) and the unified checklist.
 */
public record JointScenario(String code, String name, String kind, List<String> industryPrefixes,
                            Set<String> domains, String leadDomain, List<String> itemCodes, List<String> checklist) {

    public JointScenario {
        industryPrefixes = industryPrefixes == null ? List.of() : List.copyOf(industryPrefixes);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        if (code == null || code.isBlank() || leadDomain == null || leadDomain.isBlank()) {
            throw new IllegalArgumentException("a joint scenario needs a code and a lead domain");
        }
    }

    /** Whether the scenario names the industry (by code prefix). */
    public boolean coversIndustry(String industryCode) {
        return industryCode != null && industryPrefixes.stream().anyMatch(industryCode::startsWith);
    }
}
