package cn.gov.lyg.enforcement.events.vocabulary;

/** What auxiliary staff may help with (never inspect, decide, seize or sign: P5). */
public enum AuxiliaryTask {
    INFORMATION_COLLECTION("信息采集"),
    DOCUMENT_ENTRY("文书录入"),
    PATROL_DISSUASION("巡查劝阻"),
    EVIDENCE_ASSISTANCE("协助取证"),
    PUBLICITY("宣传引导"),
    OTHER_ASSISTANCE("其他辅助性工作");

    private final String displayName;

    AuxiliaryTask(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
