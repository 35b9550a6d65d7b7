package cn.gov.lyg.enforcement.platform.tabular;

/**
 * Cell text that a spreadsheet program will not run as a formula (CSV/formula injection). A value starting with
 * {@code = + - @}, a tab or a carriage return is written with a leading apostrophe, which Excel, WPS and LibreOffice
 * show as text; {@link #restore} takes the apostrophe off again when such a file is imported, so an export imports
 * back unchanged. Every CSV or XLSX export of the platform writes its cells through {@link #neutralise}.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** Whether a spreadsheet program could read {@code value} as a formula (or a DDE command). */
    public static boolean risky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** {@code value}, prefixed with an apostrophe when it could be read as a formula; null becomes "". */
    public static String neutralise(String value) {
        if (value == null) {
            return "";
        }
        return risky(value) ? "'" + value : value;
    }

    /** The inverse of {@link #neutralise} for imported cells: {@code '=1+1} becomes {@code =1+1}. */
    public static String restore(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && risky(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }
}
