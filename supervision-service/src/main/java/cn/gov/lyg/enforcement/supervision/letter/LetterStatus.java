package cn.gov.lyg.enforcement.supervision.letter;

import java.util.List;

/** DOMAIN.md §2.5.3: DRAFT → ISSUED → ACKNOWLEDGED → RESPONDED → VERIFIED_OK | VERIFIED_NOT_OK → ESCALATED → CLOSED. */
public enum LetterStatus {
    DRAFT("issue"),
    ISSUED("acknowledge", "respond", "escalate"),
    ACKNOWLEDGED("respond", "escalate"),
    RESPONDED("verify"),
    VERIFIED_OK("close"),
    VERIFIED_NOT_OK("respond", "escalate"),
    ESCALATED("close"),
    CLOSED();

    private final List<String> actions;

    LetterStatus(String... actions) {
        this.actions = List.of(actions);
    }

    public List<String> allowedActions() {
        return actions;
    }

    /** Waiting for the agency's rectification report: the rectification deadline runs. */
    public boolean awaitingResponse() {
        return this == ISSUED || this == ACKNOWLEDGED || this == VERIFIED_NOT_OK;
    }
}
