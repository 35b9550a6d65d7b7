package cn.gov.lyg.enforcement.inspection.crossdept;

import java.util.List;
import java.util.Set;

/** A cross-department supervision item as the API shows it. */
public record CrossDeptView(String id, String code, String name, String leadAgencyCode,
                            List<String> participatingAgencyCodes, List<String> regulatoryBasis,
                            Set<CrossDeptItem.Measure> measures, List<String> scenarioCodes,
                            Integer reviewCycleMonths, CrossDeptItem.Status status, Long version) {

    static CrossDeptView of(CrossDeptItem i) {
        return new CrossDeptView(i.getId(), i.getCode(), i.getName(), i.getLeadAgencyCode(),
                i.getParticipatingAgencyCodes(), i.getRegulatoryBasis(), i.getMeasures(), i.getScenarioCodes(),
                i.getReviewCycleMonths(), i.getStatus(), i.getVersion());
    }
}
