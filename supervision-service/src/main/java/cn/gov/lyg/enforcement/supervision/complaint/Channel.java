package cn.gov.lyg.enforcement.supervision.complaint;

/** Where a complaint came in (DOMAIN.md §2.5.2). */
public enum Channel {
    HOTLINE_12345,
    HOTLINE_12348,
    LETTER,
    VISIT,
    WEB_PORTAL,
    SPECIAL_SUPERVISOR,
    TRANSFERRED_FROM_UPPER,
    MEDIA;

    public boolean hotline() {
        return this == HOTLINE_12345 || this == HOTLINE_12348;
    }
}
