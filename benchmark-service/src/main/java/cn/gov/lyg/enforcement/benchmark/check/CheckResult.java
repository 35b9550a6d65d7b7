package cn.gov.lyg.enforcement.benchmark.check;

import cn.gov.lyg.enforcement.benchmark.law.Citation;

/** One rule of the pre-decision gate: the rule, its outcome, the problem code when not passed, the source, a detail. */
public record CheckResult(String rule, CheckOutcome outcome, String code, Citation citation, String detail) {

    static CheckResult passed(String rule, Citation citation, String detail) {
        return new CheckResult(rule, CheckOutcome.PASSED, null, citation, detail);
    }

    static CheckResult failed(String rule, String code, Citation citation, String detail) {
        return new CheckResult(rule, CheckOutcome.FAILED, code, citation, detail);
    }

    static CheckResult unknown(String rule, String code, Citation citation, String detail) {
        return new CheckResult(rule, CheckOutcome.UNKNOWN, code, citation, detail);
    }

    static CheckResult notApplicable(String rule, Citation citation, String detail) {
        return new CheckResult(rule, CheckOutcome.NOT_APPLICABLE, null, citation, detail);
    }
}
