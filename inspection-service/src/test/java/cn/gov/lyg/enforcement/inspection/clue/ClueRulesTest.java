package cn.gov.lyg.enforcement.inspection.clue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClueRulesTest {

    private final ClueRules rules = new ClueRules();

    @Test
    void onlyAResultWithAProblemOrATransferFollowUpHoldsAClue() {
        assertThat(rules.hasClue(List.of("A", "2"), List.of("ORDER_CORRECTION"))).isTrue();
        assertThat(rules.hasClue(List.of("E"), List.of("TRANSFER_CASE_CLUE"))).isTrue();
        assertThat(rules.hasClue(List.of("E"), List.of("NOTIFY_OTHER_DEPT"))).isTrue();
        assertThat(rules.hasClue(List.of("1"), List.of("NONE_NEEDED"))).isFalse();
        assertThat(rules.hasClue(null, null)).isFalse();
    }
}
