package cn.gov.lyg.enforcement.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.benchmark.check.PartyType;
import org.junit.jupiter.api.Test;

/** A citizen's ID number is displayed masked (DOMAIN.md §2.0.1, §2.0.4); an organisation's code is not. */
class ApplicationViewTest {

    @Test
    void aCitizenPartyIsShownMasked() {
        assertThat(ApplicationView.shownPartyId("32070619800512123X", PartyType.CITIZEN))
                .isEqualTo("320706********123X");
        assertThat(ApplicationView.shownPartyId("32070619800512123x", PartyType.CITIZEN))
                .isEqualTo("320706********123X");
        assertThat(ApplicationView.shownPartyId("P-0042", PartyType.CITIZEN)).isEqualTo("******");
    }

    @Test
    void aCitizenIdNumberIsMaskedWhateverThePartyTypeSays() {
        assertThat(ApplicationView.shownPartyId("32070619800512123X", PartyType.LEGAL_PERSON))
                .isEqualTo("320706********123X");
    }

    @Test
    void organisationsAndOtherIdsAreShownAsRecorded() {
        assertThat(ApplicationView.shownPartyId("91320722MA21TD9K6J", PartyType.LEGAL_PERSON))
                .isEqualTo("91320722MA21TD9K6J");
        // 18 digits without a valid GB 11643 check character: not an ID number
        assertThat(ApplicationView.shownPartyId("320706198005121231", PartyType.OTHER_ORG))
                .isEqualTo("320706198005121231");
        assertThat(ApplicationView.shownPartyId(null, PartyType.CITIZEN)).isNull();
    }
}
