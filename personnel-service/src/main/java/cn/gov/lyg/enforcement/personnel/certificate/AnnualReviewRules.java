package cn.gov.lyg.enforcement.personnel.certificate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of an annual review 年度审验 from its facts (DOMAIN.md §2.1.2): it fails for training hours below the
 * requirement ({@code TRAINING_SHORTFALL}), an UNQUALIFIED assessment ({@code ASSESSMENT_UNQUALIFIED}), not being on
 * an enforcement post ({@code NOT_ON_ENFORCEMENT_POST}) or an outstanding suspension ({@code UNDER_INVESTIGATION}).
 */
public final class AnnualReviewRules {

    private AnnualReviewRules() {
    }

    public static List<String> failReasons(BigDecimal trainingHours, int requiredHours, boolean onEnforcementPost,
                                           boolean suspended, boolean assessmentUnqualified) {
        List<String> reasons = new ArrayList<>();
        if (trainingHours == null || trainingHours.compareTo(BigDecimal.valueOf(requiredHours)) < 0) {
            reasons.add("TRAINING_SHORTFALL");
        }
        if (assessmentUnqualified) {
            reasons.add("ASSESSMENT_UNQUALIFIED");
        }
        if (!onEnforcementPost) {
            reasons.add("NOT_ON_ENFORCEMENT_POST");
        }
        if (suspended) {
            reasons.add("UNDER_INVESTIGATION");
        }
        return reasons;
    }
}
