package cn.gov.lyg.enforcement.events.vocabulary;

/** Why a catalog item was adjusted, suspended or cancelled (DOMAIN.md §2.4.2 {@code statusReason}). */
public enum StatusReason {
    LAW_ENACTED("法律法规立"),
    LAW_AMENDED("法律法规改"),
    LAW_REPEALED("法律法规废"),
    INSTITUTIONAL_REFORM("机构改革"),
    NO_PRACTICAL_EFFECT("无实际效用"),
    DELEGATION_CHANGE("赋权调整"),
    OTHER("其他");

    private final String displayName;

    StatusReason(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
