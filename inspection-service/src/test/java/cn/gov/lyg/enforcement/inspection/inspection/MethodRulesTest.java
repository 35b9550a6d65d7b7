package cn.gov.lyg.enforcement.inspection.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MethodRulesTest {

    private final MethodRules rules = new MethodRules();

    @Test
    void nonSiteSupervisionUsesNonSiteMethodsAndVisitsOnSiteOnes() {
        assertThat(rules.resolve(InspectionKind.NON_SITE, null, "A", false, false)).isEqualTo(InspectionMethod.DOCUMENT);
        assertThat(rules.resolve(InspectionKind.NON_SITE, null, "B", false, true))
                .isEqualTo(InspectionMethod.OTHER_AGENCY_RESULT);
        assertThat(rules.resolve(InspectionKind.ROUTINE, null, "D", false, false)).isEqualTo(InspectionMethod.ON_SITE);
        assertThat(rules.resolve(InspectionKind.EARLY_WARNING, InspectionMethod.TESTING, "C", false, false))
                .isEqualTo(InspectionMethod.TESTING);
        assertThatThrownBy(() -> rules.resolve(InspectionKind.ROUTINE, InspectionMethod.ONLINE_MONITORING, "B", false,
                false)).hasMessage("METHOD_KIND_MISMATCH");
        assertThatThrownBy(() -> rules.resolve(InspectionKind.NON_SITE, InspectionMethod.ON_SITE, "B", false, false))
                .hasMessage("METHOD_KIND_MISMATCH");
        assertThatThrownBy(() -> rules.resolve(InspectionKind.NON_SITE, InspectionMethod.OTHER_AGENCY_RESULT, "B",
                false, false)).hasMessage("RECOGNIZED_RESULT_REQUIRED");
        assertThatThrownBy(() -> rules.resolve(InspectionKind.NON_SITE, InspectionMethod.DOCUMENT, "B", false, true))
                .hasMessage("RECOGNIZED_RESULT_REQUIRED");
    }

    @Test
    void higherRiskPlannedChecksStayOnSiteAndLowRiskIsSupervisedWithoutDisturbance() {
        rules.requireNonSiteAllowed(InspectionKind.NON_SITE, "A", false, true);
        rules.requireNonSiteAllowed(InspectionKind.NON_SITE, "B", false, true);
        rules.requireNonSiteAllowed(InspectionKind.NON_SITE, "D", false, false);
        assertThatThrownBy(() -> rules.requireNonSiteAllowed(InspectionKind.NON_SITE, "C", false, true))
                .hasMessage("ON_SITE_REQUIRED");
        assertThatThrownBy(() -> rules.requireNonSiteAllowed(InspectionKind.NON_SITE, "D", false, true))
                .hasMessage("ON_SITE_REQUIRED");
        assertThatThrownBy(() -> rules.requireNonSiteAllowed(InspectionKind.NON_SITE, "B", true, true))
                .hasMessage("ON_SITE_REQUIRED");
        assertThat(rules.recommended("A", false)).isEqualTo(InspectionMethod.DOCUMENT);
        assertThat(rules.recommended("A", true)).isEqualTo(InspectionMethod.ON_SITE);
        assertThat(rules.recommended("D", false)).isEqualTo(InspectionMethod.ON_SITE);
    }
}
