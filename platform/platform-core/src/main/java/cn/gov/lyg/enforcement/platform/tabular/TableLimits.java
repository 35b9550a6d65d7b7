package cn.gov.lyg.enforcement.platform.tabular;

/**
 * Bounds of an imported table, checked while it is read (never after building it whole): data rows after the header,
 * columns per row, characters per cell, and for XLSX the uncompressed size of any part of the file and the smallest
 * compression ratio accepted (a zip bomb inflates a small upload a thousandfold).
 */
public record TableLimits(int maxRows, int maxColumns, int maxCellChars, long maxUncompressedBytes,
                          double minInflateRatio) {

    public TableLimits {
        if (maxRows < 1 || maxColumns < 1 || maxCellChars < 1 || maxUncompressedBytes < 1 || minInflateRatio <= 0) {
            throw new IllegalArgumentException("table limits must be positive");
        }
    }

    /** 10 000 rows, 64 columns, 32 000 characters a cell (Excel's own cell limit), 100 MB a part, ratio 1:100. */
    public static TableLimits defaults() {
        return new TableLimits(10_000, 64, 32_000, 100L * 1024 * 1024, 0.01);
    }

    public TableLimits withMaxRows(int rows) {
        return new TableLimits(rows, maxColumns, maxCellChars, maxUncompressedBytes, minInflateRatio);
    }

    public TableLimits withMaxColumns(int columns) {
        return new TableLimits(maxRows, columns, maxCellChars, maxUncompressedBytes, minInflateRatio);
    }
}
