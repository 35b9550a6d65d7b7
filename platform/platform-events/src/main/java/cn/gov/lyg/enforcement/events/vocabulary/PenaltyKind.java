package cn.gov.lyg.enforcement.events.vocabulary;

/** 行政处罚种类 (行政处罚法 Art. 9). */
public enum PenaltyKind {
    WARNING("警告"),
    CIRCULATED_CRITICISM("通报批评"),
    FINE("罚款"),
    CONFISCATE_ILLEGAL_GAINS("没收违法所得"),
    CONFISCATE_ILLEGAL_PROPERTY("没收非法财物"),
    SUSPEND_LICENCE("暂扣许可证件"),
    LOWER_QUALIFICATION("降低资质等级"),
    REVOKE_LICENCE("吊销许可证件"),
    RESTRICT_BUSINESS("限制开展生产经营活动"),
    ORDER_SUSPEND_PRODUCTION("责令停产停业"),
    ORDER_CLOSURE("责令关闭"),
    RESTRICT_PRACTICE("限制从业"),
    DETENTION("行政拘留"),
    OTHER("其他");

    private final String displayName;

    PenaltyKind(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
