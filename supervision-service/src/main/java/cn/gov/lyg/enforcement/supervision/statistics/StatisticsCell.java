package cn.gov.lyg.enforcement.supervision.statistics;

/**
 * The cells of the annual enforcement statistics 行政执法统计年报 (DOMAIN.md §2.5.4, national template), each with
 * its table, its Chinese name and whether the platform computes it ({@code computed}) or the agency fills it in
 * (the case register does not carry what it needs: licence grants and refusals, coercive measures by kind,
 * execution kinds). Every cell can be overridden with a reason.
 */
public enum StatisticsCell {
    PENALTY_WARNING("PENALTY", "警告", true),
    PENALTY_CIRCULATED_CRITICISM("PENALTY", "通报批评", true),
    PENALTY_FINE("PENALTY", "罚款", true),
    PENALTY_CONFISCATION("PENALTY", "没收违法所得、没收非法财物", true),
    PENALTY_SUSPEND_LICENCE("PENALTY", "暂扣许可证件", true),
    PENALTY_LOWER_QUALIFICATION("PENALTY", "降低资质等级", true),
    PENALTY_RESTRICT_BUSINESS("PENALTY", "限制开展生产经营活动", true),
    PENALTY_ORDER_SUSPEND_PRODUCTION("PENALTY", "责令停产停业", true),
    PENALTY_ORDER_CLOSURE_RESTRICT_PRACTICE("PENALTY", "责令关闭、限制从业", true),
    PENALTY_REVOKE_LICENCE("PENALTY", "吊销许可证件", true),
    PENALTY_DETENTION("PENALTY", "行政拘留", true),
    PENALTY_OTHER("PENALTY", "其他行政处罚", true),
    PENALTY_TOTAL("PENALTY", "行政处罚合计", true),
    LICENSING_APPLIED("LICENSING", "申请数量", false),
    LICENSING_ACCEPTED("LICENSING", "受理数量", true),
    LICENSING_GRANTED("LICENSING", "许可数量", false),
    LICENSING_REFUSED("LICENSING", "不予许可数量", false),
    LICENSING_REVOKED("LICENSING", "撤销许可数量", false),
    COERCIVE_SEAL("COERCION", "查封场所、设施或者财物", false),
    COERCIVE_SEIZE("COERCION", "扣押财物", false),
    COERCIVE_FREEZE("COERCION", "冻结存款、汇款", false),
    COERCIVE_OTHER("COERCION", "其他行政强制措施", false),
    EXECUTION_SURCHARGE("COERCION", "加处罚款或者滞纳金", false),
    EXECUTION_TRANSFER("COERCION", "划拨存款、汇款", false),
    EXECUTION_AUCTION("COERCION", "拍卖或者依法处理查封、扣押的场所、设施或者财物", false),
    EXECUTION_RESTORE("COERCION", "排除妨碍、恢复原状", false),
    EXECUTION_SUBSTITUTE("COERCION", "代履行", false),
    EXECUTION_OTHER("COERCION", "其他强制执行方式", false),
    EXECUTION_COURT_APPLICATION("COERCION", "申请法院强制执行", false),
    OTHER_LEVY("OTHER_ACTS", "行政征收", true),
    OTHER_REQUISITION("OTHER_ACTS", "行政征用", true),
    OTHER_ADJUDICATION("OTHER_ACTS", "行政裁决", true),
    OTHER_CONFIRMATION("OTHER_ACTS", "行政确认", true),
    OTHER_REWARD("OTHER_ACTS", "行政奖励", true),
    OTHER_PAYMENT("OTHER_ACTS", "行政给付", true),
    OTHER_OTHER("OTHER_ACTS", "其他行政执法行为", true),
    INSPECTIONS("OTHER_ACTS", "行政检查次数", true),
    RECONSIDERATIONS("REMEDIES", "行政复议结案数", true),
    RECONSIDERATIONS_REVERSED("REMEDIES", "行政复议被撤销、变更、确认违法或无效数", true),
    LITIGATIONS("REMEDIES", "行政诉讼结案数", true),
    LITIGATIONS_REVERSED("REMEDIES", "行政诉讼被撤销、变更、确认违法或无效数", true),
    OFFICERS("CERTIFICATES", "在岗行政执法人员数", true),
    CERTIFIED_OFFICERS("CERTIFICATES", "持有效行政执法证件人数", true);

    private final String table;
    private final String displayName;
    private final boolean computed;

    StatisticsCell(String table, String displayName, boolean computed) {
        this.table = table;
        this.displayName = displayName;
        this.computed = computed;
    }

    public String table() {
        return table;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the platform computes the cell from the case register, inspection and personnel events. */
    public boolean computed() {
        return computed;
    }

    /** The penalty rows that add up to {@link #PENALTY_TOTAL}. */
    public static java.util.List<StatisticsCell> penaltyRows() {
        return java.util.Arrays.stream(values()).filter(c -> c.table.equals("PENALTY") && c != PENALTY_TOTAL)
                .toList();
    }
}
