package cn.gov.lyg.enforcement.supervision.push;

/** One reason a record may not be sent: the field and a stable rule code. */
public record PushViolation(String field, String code) {

    @Override
    public String toString() {
        return field + ": " + code;
    }
}
