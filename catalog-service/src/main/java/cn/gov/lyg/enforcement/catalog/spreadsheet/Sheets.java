package cn.gov.lyg.enforcement.catalog.spreadsheet;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.tabular.CsvReader;
import cn.gov.lyg.enforcement.platform.tabular.CsvWriter;
import cn.gov.lyg.enforcement.platform.tabular.MalformedTableException;
import cn.gov.lyg.enforcement.platform.tabular.SpreadsheetCells;
import cn.gov.lyg.enforcement.platform.tabular.TableLimitException;
import cn.gov.lyg.enforcement.platform.tabular.TableLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads and writes tables (header row + data rows of strings) as CSV (RFC 4180, UTF-8) and XLSX (Apache POI).
 * Reading never builds the whole file in memory first: CSV is read row by row (platform {@link CsvReader}), XLSX
 * through POI's streaming (SAX) sheet reader from a temporary file opened with POI's zip-bomb guard (no part may
 * inflate beyond {@link TableLimits#maxUncompressedBytes()} or below the compression ratio
 * {@link TableLimits#minInflateRatio()}); the row, column and cell-length limits stop the read at the first row
 * that breaks them. Writing streams too: CSV row by row, XLSX through {@link SXSSFWorkbook} (a window of rows in
 * memory, the rest on disk). Cells that a spreadsheet would run as formulas are written neutralised
 * ({@link SpreadsheetCells}) and restored on import.
 */
public final class Sheets {

    /** Limits of one import: 10 000 data rows, 64 columns, 32 000 characters a cell, 64 MB a part, ratio 1:100. */
    public static final TableLimits LIMITS = new TableLimits(10_000, 64, 32_000, 64L * 1024 * 1024, 0.01);
    /** Largest number of data rows accepted in one import. */
    public static final int MAX_ROWS = LIMITS.maxRows();

    private Sheets() {
    }

    /** The file format, from a file name or a format parameter. */
    public enum Format {
        CSV, XLSX;

        public static Format of(String nameOrFormat) {
            String value = nameOrFormat == null ? "" : nameOrFormat.trim().toLowerCase();
            if (value.endsWith("csv")) {
                return CSV;
            }
            if (value.endsWith("xlsx")) {
                return XLSX;
            }
            throw ApiException.badRequest("IMPORT_FORMAT_UNSUPPORTED");
        }
    }

    public static List<List<String>> read(InputStream in, Format format) {
        return read(in, format, LIMITS);
    }

    static List<List<String>> read(InputStream in, Format format, TableLimits limits) {
        try {
            List<List<String>> rows = format == Format.CSV ? readCsv(in, limits) : readXlsx(in, limits);
            rows.replaceAll(row -> row.stream().map(SpreadsheetCells::restore).toList());
            return rows;
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            TableLimitException limit = causeOf(e, TableLimitException.class);
            if (limit != null) {
                throw switch (limit.limit()) {
                    case ROWS -> ApiException.badRequest("IMPORT_TOO_LARGE", limit.bound());
                    case COLUMNS -> ApiException.badRequest("IMPORT_TOO_MANY_COLUMNS", limit.bound());
                    case CELL_LENGTH -> ApiException.badRequest("IMPORT_CELL_TOO_LONG", limit.bound());
                    case UNCOMPRESSED_SIZE -> ApiException.badRequest("IMPORT_ZIP_BOMB");
                };
            }
            ApiException api = causeOf(e, ApiException.class);
            if (api != null) {
                throw api;
            }
            throw ApiException.badRequest(zipBomb(e) ? "IMPORT_ZIP_BOMB" : "IMPORT_FILE_UNREADABLE");
        }
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** POI reports an over-inflating part ("Zip bomb detected!") or one beyond the entry size limit. */
    private static boolean zipBomb(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE")
                    || message.contains("maxEntrySize") || message.contains("max entry size"))) {
                return true;
            }
        }
        return false;
    }

    static List<List<String>> readCsv(InputStream in, TableLimits limits) {
        CsvReader reader = new CsvReader(in, limits);
        List<List<String>> rows = new ArrayList<>();
        try {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(new ArrayList<>(row));
            }
        } catch (MalformedTableException e) {
            throw ApiException.badRequest("IMPORT_FILE_UNREADABLE");
        }
        return rows;
    }

    static List<List<String>> readXlsx(InputStream in, TableLimits limits) throws Exception {
        Path file = Files.createTempFile("catalog-import-", ".xlsx");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
            ZipSecureFile.setMaxEntrySize(limits.maxUncompressedBytes());
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return new ArrayList<>();
                }
                RowCollector rows = new RowCollector(limits);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                            new IsoDateFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
                return rows.rows;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Collects the first sheet's rows, enforcing the limits cell by cell. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableLimits limits;
        private final List<List<String>> rows = new ArrayList<>();
        private List<String> current;

        RowCollector(TableLimits limits) {
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum > limits.maxRows()) {
                throw new TableLimitException(TableLimitException.Limit.ROWS, limits.maxRows());
            }
            while (rows.size() < rowNum) {
                rows.add(new ArrayList<>());
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(current);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
            if (column >= limits.maxColumns()) {
                throw new TableLimitException(TableLimitException.Limit.COLUMNS, limits.maxColumns());
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (value.length() > limits.maxCellChars()) {
                throw new TableLimitException(TableLimitException.Limit.CELL_LENGTH, limits.maxCellChars());
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(value);
        }
    }

    /** Date-formatted numbers read as ISO dates ({@code 2025-03-01}), whatever the cell's display format. */
    private static final class IsoDateFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Writes the header and then every row {@code rows} hands over, as CSV, straight onto {@code out}. */
    public static void writeCsv(OutputStream out, List<String> header, Consumer<Consumer<List<String>>> rows) {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(header);
            rows.accept(csv::row);
        }
    }

    /** The same as XLSX: a window of 200 rows in memory, the rest in a temporary file deleted afterwards. */
    public static void writeXlsx(OutputStream out, String sheetName, List<String> header,
                                 Consumer<Consumer<List<String>>> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(SpreadsheetCells.neutralise(header.get(c)));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(SpreadsheetCells.neutralise(values.get(c)));
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are removed by close; nothing else to do
            }
        }
    }

    /** {@link #writeCsv(OutputStream, List, Consumer)} into a byte array (tests, small tables). */
    public static byte[] writeCsv(List<String> header, List<List<String>> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writeCsv(out, header, sink -> rows.forEach(sink));
        return out.toByteArray();
    }

    /** {@link #writeXlsx(OutputStream, String, List, Consumer)} into a byte array (tests, small tables). */
    public static byte[] writeXlsx(String sheetName, List<String> header, List<List<String>> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writeXlsx(out, sheetName, header, sink -> rows.forEach(sink));
        return out.toByteArray();
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
