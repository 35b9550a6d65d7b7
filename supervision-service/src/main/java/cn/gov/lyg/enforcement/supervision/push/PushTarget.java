package cn.gov.lyg.enforcement.supervision.push;

/** The provincial platforms records are pushed to (DOMAIN.md §2.6). */
public enum PushTarget {
    /** 江苏省公共数据共享交换平台. */
    EXCHANGE("江苏省公共数据共享交换平台", "exchange"),
    /** 江苏省行政执法监督平台. */
    SUPERVISION("江苏省行政执法监督平台", "supervision");

    private final String displayName;
    private final String key;

    PushTarget(String displayName, String key) {
        this.displayName = displayName;
        this.key = key;
    }

    public String displayName() {
        return displayName;
    }

    /** The key of the target's settings ({@code supervision.push.targets.<key>}) and of its circuit breaker. */
    public String key() {
        return key;
    }

    /** The Resilience4j circuit breaker of the target. */
    public String circuitBreaker() {
        return "province-" + key;
    }
}
