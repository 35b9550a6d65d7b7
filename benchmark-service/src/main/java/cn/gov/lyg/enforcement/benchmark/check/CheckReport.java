package cn.gov.lyg.enforcement.benchmark.check;

import java.util.List;

/** Every rule's result, the verdict, and whether the proposal deviates from the benchmark (with a valid approval). */
public record CheckReport(Verdict verdict, boolean deviation, boolean hearingRight, List<CheckResult> results) {

    public List<CheckResult> breaches() {
        return results.stream().filter(r -> r.outcome() == CheckOutcome.FAILED).toList();
    }

    public List<CheckResult> unknowns() {
        return results.stream().filter(r -> r.outcome() == CheckOutcome.UNKNOWN).toList();
    }

    public boolean fails(String code) {
        return breaches().stream().anyMatch(r -> code.equals(r.code()));
    }

    static CheckReport of(boolean deviation, boolean hearingRight, List<CheckResult> results) {
        Verdict v = results.stream().anyMatch(r -> r.outcome() == CheckOutcome.FAILED) ? Verdict.FAIL
                : results.stream().anyMatch(r -> r.outcome() == CheckOutcome.UNKNOWN) ? Verdict.UNKNOWN : Verdict.PASS;
        return new CheckReport(v, deviation, hearingRight, List.copyOf(results));
    }
}
