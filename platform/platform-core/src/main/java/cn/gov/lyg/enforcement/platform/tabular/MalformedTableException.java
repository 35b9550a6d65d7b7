package cn.gov.lyg.enforcement.platform.tabular;

/** An imported table that cannot be read (broken quoting, not a spreadsheet at all). */
public final class MalformedTableException extends RuntimeException {

    public MalformedTableException(String message) {
        super(message);
    }

    public MalformedTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
