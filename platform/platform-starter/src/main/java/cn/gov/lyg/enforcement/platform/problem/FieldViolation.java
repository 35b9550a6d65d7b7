package cn.gov.lyg.enforcement.platform.problem;

/** One entry of a problem's {@code errors[]}: the field (JSON path or parameter), a stable code, a message. */
public record FieldViolation(String field, String code, String message) {

    public static FieldViolation of(String field, String code) {
        return new FieldViolation(field, code, null);
    }
}
