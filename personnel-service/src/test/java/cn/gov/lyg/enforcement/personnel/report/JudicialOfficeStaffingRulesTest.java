package cn.gov.lyg.enforcement.personnel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The staffing check of judicial offices 司法所 and the region totals. */
class JudicialOfficeStaffingRulesTest {

    @Test
    void aQualificationOrALegalBackgroundCounts() {
        assertThat(StaffingRules.legallyTrained(true, false)).isTrue();
        assertThat(StaffingRules.legallyTrained(false, true)).isTrue();
        assertThat(StaffingRules.legallyTrained(true, true)).isTrue();
        assertThat(StaffingRules.legallyTrained(false, false)).isFalse();
    }

    @Test
    void aJudicialOfficeNeedsOneLegallyTrainedStaffMember() {
        assertThat(StaffingRules.judicialOfficeStaffingMet(0)).isFalse();
        assertThat(StaffingRules.judicialOfficeStaffingMet(1)).isTrue();
        assertThat(StaffingRules.judicialOfficeStaffingMet(3)).isTrue();
    }

    @Test
    void aRegionMeetsTheCheckWhenItsBureauAndEveryOfficeDo() {
        assertThat(StaffingRules.totals(List.of(true), List.of(true, true)))
                .isEqualTo(new StaffingRules.Totals(1, 1, 2, 2, true));
        assertThat(StaffingRules.totals(List.of(true), List.of(true, false)))
                .isEqualTo(new StaffingRules.Totals(1, 1, 2, 1, false));
        assertThat(StaffingRules.totals(List.of(false), List.of(true)))
                .isEqualTo(new StaffingRules.Totals(1, 0, 1, 1, false));
        assertThat(StaffingRules.totals(List.of(true), List.of()))
                .as("a county without judicial offices in the register").isEqualTo(new StaffingRules.Totals(1, 1, 0, 0,
                        true));
        assertThat(StaffingRules.totals(List.of(), List.of(true)))
                .as("no county bureau registered: the check cannot be met").isEqualTo(new StaffingRules.Totals(0, 0,
                        1, 1, false));
        assertThat(StaffingRules.totals(List.of(true, false, true), List.of(true, true, false, true)))
                .isEqualTo(new StaffingRules.Totals(3, 2, 4, 3, false));
    }
}
