package cn.gov.lyg.enforcement.events.vocabulary;

/** 行政处罚种类 (行政处罚法 Art. 9; DOMAIN.md §1.7), ordered light → heavy as in the statistics template (§2.5.4). */
public enum PenaltyKind {
    WARNING("警告"),
    CIRCULATED_CRITICISM("通报批评"),
    FINE("罚款"),
    CONFISCATION("没收违法所得、没收非法财物"),
    LICENCE_SUSPENSION("暂扣许可证件"),
    QUALIFICATION_DOWNGRADE("降低资质等级"),
    BUSINESS_RESTRICTION("限制开展生产经营活动"),
    SUSPENSION_OF_PRODUCTION("责令停产停业"),
    CLOSURE("责令关闭"),
    EMPLOYMENT_RESTRICTION("限制从业"),
    LICENCE_REVOCATION("吊销许可证件"),
    ADMINISTRATIVE_DETENTION("行政拘留"),
    OTHER("其他行政处罚");

    private final String displayName;

    PenaltyKind(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
