package cn.gov.lyg.enforcement.platform.audit;

import java.util.Map;

/**
 * What an aggregate asks to be written to the audit trail (全过程留痕) for one change: the action and a small
 * summary of what changed. Who, when and the trace id are added by the platform when the change is saved.
 */
public record AuditRecord(String action, Map<String, Object> details) {

    public AuditRecord {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
