package cn.gov.lyg.enforcement.events.vocabulary;

/** 投诉举报渠道 (DOMAIN.md §2.5.2). */
public enum ComplaintChannel {
    HOTLINE_12345("12345 政务服务便民热线"),
    HOTLINE_12348("12348 公共法律服务热线"),
    LETTER("来信"),
    VISIT("来访"),
    WEB_PORTAL("网站"),
    SPECIAL_SUPERVISOR("特邀监督员"),
    TRANSFERRED_FROM_UPPER("上级转办"),
    MEDIA("媒体");

    private final String displayName;

    ComplaintChannel(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }

    /** The 12345 / 12348 hotlines, whose work orders carry an order number and are registered by the hotline system. */
    public boolean hotline() {
        return this == HOTLINE_12345 || this == HOTLINE_12348;
    }
}
