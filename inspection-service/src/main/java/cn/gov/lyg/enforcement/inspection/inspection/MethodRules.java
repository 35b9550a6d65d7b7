package cn.gov.lyg.enforcement.inspection.inspection;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;

/**
 * Inspection method by kind and credit class (信用风险分类监管, DOMAIN.md §2.3.1, 国市监信发〔2022〕6号, 优化营商环境条例
 * Art. 56): non-site supervision 非现场监管 (desk review, online monitoring, another agency's result) is the kind
 * NON_SITE and uses only non-site methods, every other kind visits the premises. By class: fewer visits for A (low
 * risk: the annual cap table gives 1, the draw ratio 0.4×, and {@link #recommended} non-site first, 无事不扰), more
 * for C and D (ratios 2× and 4×; their random or planned checks may not be done as desk reviews:
 * {@code ON_SITE_REQUIRED}), non-site monitoring on top of visits stays possible. The class is internal: the rule
 * names it in no answer beyond the code.
 */
public final class MethodRules {

    /** The method of an inspection as planned: the given one, or the default of its kind and class. */
    public InspectionMethod resolve(InspectionKind kind, InspectionMethod given, String creditClass,
                                    boolean keySupervision, boolean recognizesResult) {
        InspectionMethod method = given != null ? given
                : kind == InspectionKind.NON_SITE ? (recognizesResult ? InspectionMethod.OTHER_AGENCY_RESULT
                : InspectionMethod.DOCUMENT) : InspectionMethod.ON_SITE;
        if (kind.onSite() != method.onSite()) {
            throw RuleViolation.invalid("METHOD_KIND_MISMATCH", method.name(), kind.name()).with("field", "method");
        }
        if (recognizesResult != (method == InspectionMethod.OTHER_AGENCY_RESULT)) {
            throw RuleViolation.invalid("RECOGNIZED_RESULT_REQUIRED").with("field", "recognizedInspectionId");
        }
        return method;
    }

    /** The recommended way to supervise an enterprise of the class: non-site first for A, on site for C and D. */
    public InspectionMethod recommended(String creditClass, boolean keySupervision) {
        if (keySupervision || "C".equals(creditClass) || "D".equals(creditClass)) {
            return InspectionMethod.ON_SITE;
        }
        return "A".equals(creditClass) ? InspectionMethod.DOCUMENT : InspectionMethod.ON_SITE;
    }

    /**
     * Whether non-site supervision of the enterprise may stand in for its planned on-site checks: not for C and D
     * classes or key-supervision enterprises ({@code ON_SITE_REQUIRED}).
     */
    public void requireNonSiteAllowed(InspectionKind kind, String creditClass, boolean keySupervision,
                                      boolean replacesPlannedVisit) {
        if (kind == InspectionKind.NON_SITE && replacesPlannedVisit
                && ("C".equals(creditClass) || "D".equals(creditClass) || keySupervision)) {
            throw RuleViolation.invalid("ON_SITE_REQUIRED").with("field", "kind");
        }
    }
}
