package cn.gov.lyg.enforcement.catalog.spreadsheet;

import java.util.List;

/**
 * The row-by-row result of an import: {@code row} numbers are spreadsheet rows (the header is row 1).
 * {@code importedItemIds} is empty when nothing was written.
 */
public record ImportReport(int totalRows, int validRows, int invalidRows, int imported, boolean validOnly,
                           List<RowError> errors, List<String> importedItemIds) {

    /** One problem of one row: the column (field) and the stable code. */
    public record RowError(int row, String itemCode, String field, String code) {
    }
}
