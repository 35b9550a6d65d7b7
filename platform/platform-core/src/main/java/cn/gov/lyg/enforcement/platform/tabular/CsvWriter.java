package cn.gov.lyg.enforcement.platform.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV (RFC 4180, UTF-8 with a BOM so that Excel reads Chinese text, CRLF line ends) one row at a time onto a
 * stream, so an export never holds its rows in memory. Every cell goes through
 * {@link SpreadsheetCells#neutralise}.
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;

    public CsvWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write("\uFEFF");
    }

    public CsvWriter row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = SpreadsheetCells.neutralise(cells.get(i));
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        write(line.append("\r\n").toString());
        return this;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes; the underlying stream is left open (the web container owns it). */
    @Override
    public void close() {
        flush();
    }
}
