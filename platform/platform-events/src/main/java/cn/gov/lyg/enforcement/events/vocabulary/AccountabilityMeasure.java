package cn.gov.lyg.enforcement.events.vocabulary;

/** The certificate measure of an accountability outcome 问责 that supervision decides and personnel applies. */
public enum AccountabilityMeasure {
    SUSPEND_CERTIFICATE("暂扣执法证"),
    REINSTATE_CERTIFICATE("恢复执法证"),
    WITHDRAW_CERTIFICATE("收回执法证"),
    REVOKE_CERTIFICATE("吊销执法证"),
    NO_CERTIFICATE_MEASURE("不涉及执法证");

    private final String displayName;

    AccountabilityMeasure(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
