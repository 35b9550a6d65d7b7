package cn.gov.lyg.enforcement.supervision.complaint;

import java.util.List;

/**
 * The complaint state machine of DOMAIN.md §2.5.2. {@code CONCLUDED} is the state after an UNSUBSTANTIATED finding,
 * waiting for the reply to the complainant. Each status lists the actions allowed from it (INVALID_TRANSITION
 * problems carry them).
 */
public enum ComplaintStatus {
    RECEIVED("route", "urge"),
    TRANSFERRED("sign", "return", "urge"),
    SIGNED("accept", "notAccept", "urge"),
    NOT_ACCEPTED("reply", "urge"),
    ACCEPTED("investigate", "urge"),
    HANDLING("conclude", "extend", "urge"),
    RECTIFICATION_REQUIRED("submitRectification", "urge"),
    RECTIFIED("verify", "urge"),
    VERIFIED("reply", "urge"),
    CONCLUDED("reply", "urge"),
    REPLIED("close"),
    CLOSED("reopen"),
    REOPENED("investigate", "urge");

    private final List<String> actions;

    ComplaintStatus(String... actions) {
        this.actions = List.of(actions);
    }

    public List<String> allowedActions() {
        return actions;
    }

    /** Open: not yet closed (a replied complaint waits only for the close, without a deadline). */
    public boolean open() {
        return this != CLOSED;
    }
}
