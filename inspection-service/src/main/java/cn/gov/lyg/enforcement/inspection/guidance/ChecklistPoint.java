package cn.gov.lyg.enforcement.inspection.guidance;

/** One point of a compliance checklist and how the enterprise stands on it. */
public record ChecklistPoint(String code, String text, PointStatus status, String note) {

    /** COMPLIANT, NON_COMPLIANT (needs a rectification), NOT_APPLICABLE, or PENDING (not checked yet). */
    public enum PointStatus {
        COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE, PENDING
    }
}
