package cn.gov.lyg.enforcement.benchmark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rules on the shared penalty kinds: hearing right (Art. 63), summary procedure (Art. 51), enterprise impact. */
class PenaltyKindRulesTest {

    @Test
    void kindsThatGiveAHearingRightWhateverTheAmount() {
        assertThat(Arrays.stream(PenaltyKind.values()).filter(PenaltyKindRules::givesHearingRight))
                .containsExactlyInAnyOrder(PenaltyKind.LOWER_QUALIFICATION, PenaltyKind.REVOKE_LICENCE,
                        PenaltyKind.ORDER_SUSPEND_PRODUCTION, PenaltyKind.ORDER_CLOSURE, PenaltyKind.RESTRICT_PRACTICE);
    }

    @Test
    void theSummaryProcedureGivesOnlyAWarningOrAFine() {
        assertThat(Arrays.stream(PenaltyKind.values()).filter(PenaltyKindRules::allowedInSummaryProcedure))
                .containsExactlyInAnyOrder(PenaltyKind.WARNING, PenaltyKind.FINE);
    }

    @Test
    void kindsThatWeighHeavilyOnAnEnterprise() {
        assertThat(Arrays.stream(PenaltyKind.values()).filter(PenaltyKindRules::heavyEnterpriseImpact))
                .containsExactlyInAnyOrder(PenaltyKind.ORDER_SUSPEND_PRODUCTION, PenaltyKind.ORDER_CLOSURE,
                        PenaltyKind.REVOKE_LICENCE, PenaltyKind.RESTRICT_BUSINESS);
    }
}
