package cn.gov.lyg.enforcement.inspection.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * 检查结果 codes (DOMAIN.md §2.3.2, dictionary from the Zhejiang 双随机 system, §5 Q15). {@code A} needs at least one
 * of its sub-codes ({@code 2 B C D 5}); {@code 9}–{@code 12} end the inspection without a checklist.
 */
public enum ResultCode {
    NO_PROBLEM("1", "未发现问题", Group.FINDING),
    CORRECTED("E", "发现问题经责令已改正", Group.FINDING),
    PENDING_FOLLOW_UP("A", "发现问题待后续处理", Group.FINDING),
    VIOLATES_OWN_RULES("2", "违反本部门规定", Group.SUB_CODE),
    NOT_DISCLOSED("B", "未按规定公示应当公示的信息", Group.SUB_CODE),
    DISCLOSURE_FALSIFIED("C", "公示信息隐瞒真实情况弄虚作假", Group.SUB_CODE),
    VIOLATES_OTHER_RULES("D", "违反其他规定", Group.SUB_CODE),
    VIOLATES_OTHER_DEPT_RULES("5", "违反其他部门相关规定", Group.SUB_CODE),
    NO_RELEVANT_ACTIVITY("F", "未发现开展本次抽查涉及的经营活动", Group.FINDING),
    NOT_FOUND_AT_ADDRESS("6", "查无下落/通过登记住所无法联系", Group.STATUS),
    CLOSED_OR_LIQUIDATING("7", "已关闭停业或正在组织清算", Group.STATUS),
    REFUSED_COOPERATION("8", "不配合检查情节严重", Group.STATUS),
    DEREGISTERED("9", "已注销", Group.TERMINAL),
    LICENCE_REVOKED("10", "已被吊销", Group.TERMINAL),
    REGISTRATION_WITHDRAWN("11", "已被撤销", Group.TERMINAL),
    MOVED_OUT("12", "已迁出", Group.TERMINAL);

    /** How a code combines with others. */
    public enum Group { FINDING, SUB_CODE, STATUS, TERMINAL }

    private final String code;
    private final String displayName;
    private final Group group;

    ResultCode(String code, String displayName, Group group) {
        this.code = code;
        this.displayName = displayName;
        this.group = group;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public Group group() {
        return group;
    }

    public static Optional<ResultCode> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
