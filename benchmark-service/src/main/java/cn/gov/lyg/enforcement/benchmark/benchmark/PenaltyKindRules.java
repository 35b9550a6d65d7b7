package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;

/**
 * What the rules of 行政处罚法 say about a kind of penalty ({@link PenaltyKind}, the shared vocabulary): which kinds
 * give a hearing right whatever the amount, which may be given in the summary procedure, which weigh heavily on an
 * enterprise.
 */
public final class PenaltyKindRules {

    private PenaltyKindRules() {
    }

    /**
     * Art. 63: kinds that give the party a right to a hearing regardless of amounts (降低资质等级, 吊销许可证件, 责令停产
     * 停业, 责令关闭, 限制从业); large fines and confiscations are decided by the configured thresholds instead.
     */
    public static boolean givesHearingRight(PenaltyKind kind) {
        return switch (kind) {
            case LOWER_QUALIFICATION, REVOKE_LICENCE, ORDER_SUSPEND_PRODUCTION, ORDER_CLOSURE, RESTRICT_PRACTICE -> true;
            default -> false;
        };
    }

    /** Art. 51: the summary procedure gives only a warning or a small fine. */
    public static boolean allowedInSummaryProcedure(PenaltyKind kind) {
        return kind == PenaltyKind.WARNING || kind == PenaltyKind.FINE;
    }

    /** Kinds that weigh heavily on an enterprise (economic impact assessment, DOMAIN.md Q12). */
    public static boolean heavyEnterpriseImpact(PenaltyKind kind) {
        return switch (kind) {
            case ORDER_SUSPEND_PRODUCTION, ORDER_CLOSURE, REVOKE_LICENCE, RESTRICT_BUSINESS -> true;
            default -> false;
        };
    }
}
