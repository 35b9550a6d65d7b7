package cn.gov.lyg.enforcement.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming XLSX writer (Apache POI SXSSF: at most {@value #WINDOW} rows in memory, the rest flushed to a temporary
 * file that {@link #close()} deletes) for exports of any size. Text is written as text cells and neutralised against
 * formula injection: a value starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet program never evaluates it (OWASP "CSV injection"). Money goes in as exact decimals (numeric cells with
 * two decimals), dates as ISO text.
 *
 * <p>POI is an optional dependency of the starter: a service that exports declares {@code org.apache.poi:poi-ooxml}.
 */
public final class XlsxWriter implements AutoCloseable {

    /** Rows kept in memory before they are flushed. */
    public static final int WINDOW = 100;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle bold;
    private final CellStyle money;
    private Sheet sheet;
    private int next;

    public XlsxWriter() {
        workbook.setCompressTempFiles(true);
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    /** Starts a sheet with a bold header row. */
    public XlsxWriter sheet(String name, List<String> header) {
        sheet = workbook.createSheet(neutralise(name).replaceAll("[\\\\/?*\\[\\]:]", "_"));
        next = 0;
        Row row = sheet.createRow(next++);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(neutralise(header.get(c)));
            cell.setCellStyle(bold);
        }
        return this;
    }

    /** Appends a row: {@code null} empty, {@link BigDecimal} and other numbers numeric, everything else text. */
    public XlsxWriter row(List<?> values) {
        if (sheet == null) {
            throw new IllegalStateException("no sheet started");
        }
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(money);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d.toString());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b ? "是" : "否");
            } else {
                cell.setCellValue(neutralise(v.toString()));
            }
        }
        return this;
    }

    /** Writes the workbook; call once, then {@link #close()}. */
    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text that a spreadsheet program would take for a formula ({@code = + - @}, or a leading tab or carriage
     * return) gets a leading apostrophe; anything else is returned as it is.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
