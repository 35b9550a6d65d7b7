package cn.gov.lyg.enforcement.platform.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: quoted cells with doubled quotes and line breaks, comma separated, UTF-8 with an optional BOM)
 * one row at a time from a stream, enforcing {@link TableLimits} as it goes: a row beyond {@code maxRows} data rows, a
 * column beyond {@code maxColumns} or a cell longer than {@code maxCellChars} stops the read with a
 * {@link TableLimitException} before anything more is buffered. An unterminated quote is a
 * {@link MalformedTableException}.
 */
public final class CsvReader {

    private final Reader in;
    private final TableLimits limits;
    private int rowsRead;
    private boolean started;
    private boolean ended;

    public CsvReader(InputStream in, TableLimits limits) {
        this(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), limits);
    }

    public CsvReader(Reader in, TableLimits limits) {
        this.in = in.markSupported() ? in : new BufferedReader(in);
        this.limits = limits;
    }

    /** The next row (the first call answers the header), or null at the end. */
    public List<String> next() {
        try {
            return readRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> readRow() throws IOException {
        if (ended) {
            return null;
        }
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        if (c == -1) {
            ended = true;
            return null;
        }
        if (rowsRead > limits.maxRows()) { // the header plus maxRows data rows have been read
            throw new TableLimitException(TableLimitException.Limit.ROWS, limits.maxRows());
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw new MalformedTableException("unterminated quoted cell in row " + (rowsRead + 1));
                }
                ended = true;
                break;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int peek = in.read();
                    if (peek == '"') {
                        append(cell, '"');
                    } else {
                        quoted = false;
                        if (peek != -1) {
                            in.reset();
                        }
                    }
                } else {
                    append(cell, ch);
                }
            } else if (ch == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                addCell(row, cell);
                wasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    int peek = in.read();
                    if (peek != '\n' && peek != -1) {
                        in.reset();
                    }
                }
                break;
            } else {
                append(cell, ch);
            }
            c = in.read();
        }
        addCell(row, cell);
        rowsRead++;
        return row;
    }

    private void append(StringBuilder cell, char ch) {
        if (cell.length() >= limits.maxCellChars()) {
            throw new TableLimitException(TableLimitException.Limit.CELL_LENGTH, limits.maxCellChars());
        }
        cell.append(ch);
    }

    private void addCell(List<String> row, StringBuilder cell) {
        if (row.size() >= limits.maxColumns()) {
            throw new TableLimitException(TableLimitException.Limit.COLUMNS, limits.maxColumns());
        }
        row.add(cell.toString());
        cell.setLength(0);
    }
}
