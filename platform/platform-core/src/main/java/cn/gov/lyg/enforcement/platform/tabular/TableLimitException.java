package cn.gov.lyg.enforcement.platform.tabular;

/** An imported table broke one of its {@link TableLimits}; reading stopped at that point. */
public final class TableLimitException extends RuntimeException {

    /** Which bound was broken. */
    public enum Limit { ROWS, COLUMNS, CELL_LENGTH, UNCOMPRESSED_SIZE }

    private final Limit limit;
    private final long bound;

    public TableLimitException(Limit limit, long bound) {
        super(limit + " limit " + bound + " exceeded");
        this.limit = limit;
        this.bound = bound;
    }

    public Limit limit() {
        return limit;
    }

    public long bound() {
        return bound;
    }
}
