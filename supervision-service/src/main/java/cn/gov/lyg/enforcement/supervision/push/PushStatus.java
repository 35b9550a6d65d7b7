package cn.gov.lyg.enforcement.supervision.push;

/** Where a delivery stands. */
public enum PushStatus {
    /** Waiting for its (next) attempt. */
    PENDING("待推送"),
    /** The province accepted it (2xx). */
    DELIVERED("已推送"),
    /** Broke a rule before sending ({@code PUSH_VALIDATION_FAILED}); kept with the reasons, never sent. */
    VALIDATION_FAILED("校验未通过"),
    /** The province refused it (4xx other than 408/425/429): dead letter, waits for a manual resend. */
    DEAD_LETTER("被拒收"),
    /** Retried with backoff for the whole retry window without success: alert, waits for a manual resend. */
    EXHAUSTED("重试耗尽");

    private final String displayName;

    PushStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
