package cn.gov.lyg.enforcement.benchmark.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a command is refused with the given rule codes. */
public final class RuleAssert {

    private RuleAssert() {
    }

    public static RuleException assertRule(ThrowingCallable call, String code) {
        RuleException e = catchThrowableOfType(RuleException.class, call);
        assertThat(e).as("expected a RuleException " + code).isNotNull();
        assertThat(e.breaches()).extracting(RuleBreach::code).contains(code);
        assertThat(e.breaches()).allSatisfy(b -> assertThat(b.citation()).isNotNull());
        return e;
    }
}
