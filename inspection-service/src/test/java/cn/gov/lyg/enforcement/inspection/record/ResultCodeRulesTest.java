package cn.gov.lyg.enforcement.inspection.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ResultCodeRulesTest {

    private final ResultCodeRules rules = new ResultCodeRules();

    private static List<FollowUpAction> actions(String s) {
        return s == null || s.isBlank() ? List.of()
                : java.util.Arrays.stream(s.split(" ")).map(FollowUpAction::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} / {1} accepted")
    @CsvSource(delimiter = '|', value = {
            "1|",
            "1|NONE_NEEDED",
            "E|ORDER_CORRECTION",
            "A 2|ORDER_CORRECTION",
            "A B C|TRANSFER_CASE_CLUE NOTIFY_OTHER_DEPT",
            "A 5|NOTIFY_OTHER_DEPT",
            "E A D|ORDER_CORRECTION",
            "F|",
            "6|FEEDBACK_TO_DAILY_REGULATOR",
            "7 8|",
            "9|",
            "12|NONE_NEEDED"})
    void consistentCombinations(String codes, String followUps) {
        ResultCodeRules.Outcome o = rules.check(List.of(codes.split(" ")), actions(followUps));
        assertThat(o.codes()).hasSize(codes.split(" ").length);
        assertThat(o.terminal()).isEqualTo(codes.matches("9|10|11|12"));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "1 A|ORDER_CORRECTION|RESULT_CODES_INCONSISTENT",
            "1 E||RESULT_CODES_INCONSISTENT",
            "1 F||RESULT_CODES_INCONSISTENT",
            "2||RESULT_CODES_INCONSISTENT",
            "E B|ORDER_CORRECTION|RESULT_CODES_INCONSISTENT",
            "9 10||RESULT_CODES_INCONSISTENT",
            "9 A 2|ORDER_CORRECTION|RESULT_CODES_INCONSISTENT",
            "F A 2|ORDER_CORRECTION|RESULT_CODES_INCONSISTENT",
            "A||FOLLOW_UP_REQUIRED",
            "A|ORDER_CORRECTION|FOLLOW_UP_REQUIRED",
            "A 2||FOLLOW_UP_REQUIRED",
            "A 2|NONE_NEEDED|FOLLOW_UP_REQUIRED",
            "A 2|NONE_NEEDED ORDER_CORRECTION|FOLLOW_UP_INCONSISTENT",
            "1|ORDER_CORRECTION|FOLLOW_UP_INCONSISTENT",
            "F|TRANSFER_CASE_CLUE|FOLLOW_UP_INCONSISTENT",
            "X||RESULT_CODE_UNKNOWN",
            "13||RESULT_CODE_UNKNOWN"})
    void inconsistentCombinations(String codes, String followUps, String code) {
        assertThatThrownBy(() -> rules.check(List.of(codes.split(" ")), actions(followUps)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(code));
    }

    @Test
    void atLeastOneCode() {
        assertThatThrownBy(() -> rules.check(List.of(), List.of())).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("RESULT_CODES_REQUIRED"));
    }
}
