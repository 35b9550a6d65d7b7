package cn.gov.lyg.enforcement.benchmark.benchmark;

import java.util.List;

/**
 * An entry of a 免罚清单 (no-penalty list) the benchmark refers to: the list, the line, and the factor codes that must all
 * be present for the exemption to be offered.
 */
public record ExemptionRef(String listName, String itemNo, List<String> requiredFactors) {

    public ExemptionRef {
        if (listName == null || listName.isBlank()) {
            throw new IllegalArgumentException("exemption list name is required");
        }
        requiredFactors = requiredFactors == null ? List.of() : List.copyOf(requiredFactors);
        if (requiredFactors.isEmpty()) {
            throw new IllegalArgumentException("an exemption needs the factors that trigger it");
        }
    }
}
