package cn.gov.lyg.enforcement.events.vocabulary;

/** 裁量阶次, lightest first. */
public enum DiscretionTier {
    NO_PENALTY("不予处罚"),
    MITIGATED("减轻处罚"),
    LIGHTER("从轻处罚"),
    STANDARD("一般处罚"),
    HEAVIER("从重处罚");

    private final String displayName;

    DiscretionTier(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
