package cn.gov.lyg.enforcement.personnel.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffingRulesTest {

    @Test
    void legalReviewersAreAtLeastFivePercent() {
        assertThat(StaffingRules.legalReviewerTargetMet(6, 121)).isFalse(); // 4.96 %
        assertThat(StaffingRules.legalReviewerTargetMet(7, 121)).isTrue();
        assertThat(StaffingRules.legalReviewerTargetMet(1, 20)).isTrue();
        assertThat(StaffingRules.legalReviewerTargetMet(0, 0)).isFalse();
        assertThat(StaffingRules.percent(6, 121)).isEqualByComparingTo("5.0"); // rounded display only
    }

    @Test
    void certificateHoldingRate() {
        assertThat(StaffingRules.percent(118, 121)).isEqualByComparingTo("97.5");
        assertThat(StaffingRules.percent(0, 0)).isEqualByComparingTo("0");
    }

    @Test
    void countyBureausNeedTwoSupervisionStaffOneQualified() {
        assertThat(StaffingRules.supervisionStaffingMet(2, 1)).isTrue();
        assertThat(StaffingRules.supervisionStaffingMet(1, 1)).isFalse();
        assertThat(StaffingRules.supervisionStaffingMet(3, 0)).isFalse();
    }
}
