package cn.gov.lyg.enforcement.benchmark.law;

import java.util.List;

/** Thrown by the domain when a command breaks one or more rules; the web layer answers it as a 4xx problem. */
public class RuleException extends RuntimeException {

    private final transient List<RuleBreach> breaches;

    public RuleException(String code, Citation citation, String detail) {
        this(List.of(new RuleBreach(code, citation, detail)));
    }

    public RuleException(List<RuleBreach> breaches) {
        super(breaches.isEmpty() ? "rule broken" : breaches.get(0).code() + ": " + breaches.get(0).detail());
        if (breaches.isEmpty()) {
            throw new IllegalArgumentException("at least one breach");
        }
        this.breaches = List.copyOf(breaches);
    }

    public String code() {
        return breaches.get(0).code();
    }

    public List<RuleBreach> breaches() {
        return breaches;
    }
}
