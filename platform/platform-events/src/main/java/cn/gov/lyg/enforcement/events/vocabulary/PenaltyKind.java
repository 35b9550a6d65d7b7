package cn.gov.lyg.enforcement.events.vocabulary;

/**
 * 行政处罚种类 (行政处罚法 Art. 9; DOMAIN.md §1.7), ordered light → heavy as in the annual statistics template
 * (§2.5.4). 没收违法所得 and 没收非法财物 are separate kinds because a benchmark entry can make one of them mandatory;
 * the statistics count both in the one confiscation row.
 */
public enum PenaltyKind {
    WARNING("警告"),
    CIRCULATED_CRITICISM("通报批评"),
    FINE("罚款"),
    CONFISCATE_ILLEGAL_GAINS("没收违法所得"),
    CONFISCATE_ILLEGAL_PROPERTY("没收非法财物"),
    SUSPEND_LICENCE("暂扣许可证件"),
    LOWER_QUALIFICATION("降低资质等级"),
    RESTRICT_BUSINESS("限制开展生产经营活动"),
    ORDER_SUSPEND_PRODUCTION("责令停产停业"),
    ORDER_CLOSURE("责令关闭"),
    RESTRICT_PRACTICE("限制从业"),
    REVOKE_LICENCE("吊销许可证件"),
    DETENTION("行政拘留"),
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
