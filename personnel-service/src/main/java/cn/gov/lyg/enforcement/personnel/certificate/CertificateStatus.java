package cn.gov.lyg.enforcement.personnel.certificate;

import java.util.List;
import java.util.Set;

/**
 * The certificate state machine of DOMAIN.md §2.1.2. Each state lists the actions allowed from it (what a 409
 * returns); REVOKED, CANCELLED and REJECTED are terminal.
 */
public enum CertificateStatus {
    APPLIED("已申领", List.of("approve", "reject")),
    APPROVED("已审核", List.of("issue", "reject")),
    REJECTED("不予核发", List.of()),
    ACTIVE("有效", List.of("suspend", "withdraw", "revoke", "report-lost", "expire", "renew", "annual-review")),
    SUSPENDED("暂扣", List.of("reinstate", "withdraw", "revoke", "expire", "annual-review")),
    WITHDRAWN("已收回", List.of("cancel")),
    LOST("已挂失", List.of("reissue", "cancel")),
    EXPIRED("已过期", List.of("renew", "cancel")),
    REVOKED("已吊销", List.of()),
    CANCELLED("已注销", List.of());

    /** States that count as "the officer holds a certificate" for the one-per-officer rule. */
    public static final Set<CertificateStatus> HELD = Set.of(APPLIED, APPROVED, ACTIVE, SUSPENDED, LOST);

    private final String displayName;
    private final List<String> allowedActions;

    CertificateStatus(String displayName, List<String> allowedActions) {
        this.displayName = displayName;
        this.allowedActions = allowedActions;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }

    public boolean terminal() {
        return allowedActions.isEmpty();
    }

    public boolean issued() {
        return this != APPLIED && this != APPROVED && this != REJECTED;
    }
}
