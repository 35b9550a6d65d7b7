package cn.gov.lyg.enforcement.benchmark.benchmark;

/** 行政处罚种类 (行政处罚法 Art. 9); stable codes, ordered light → heavy as the shared vocabulary. */
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
    OTHER("其他");

    private final String nameZh;

    PenaltyKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Kinds that give the party a right to a hearing regardless of amounts (行政处罚法 Art. 63). */
    public boolean hearingKind() {
        return switch (this) {
            case LOWER_QUALIFICATION, REVOKE_LICENCE, ORDER_SUSPEND_PRODUCTION, ORDER_CLOSURE, RESTRICT_PRACTICE -> true;
            default -> false;
        };
    }

    /** Kinds that may be given in the summary procedure (Art. 51: warning or small fine). */
    public boolean summaryKind() {
        return this == WARNING || this == FINE;
    }

    /** Kinds that weigh heavily on an enterprise (economic impact assessment, DOMAIN.md Q12). */
    public boolean heavyEnterpriseImpact() {
        return switch (this) {
            case ORDER_SUSPEND_PRODUCTION, ORDER_CLOSURE, REVOKE_LICENCE, RESTRICT_BUSINESS -> true;
            default -> false;
        };
    }
}
