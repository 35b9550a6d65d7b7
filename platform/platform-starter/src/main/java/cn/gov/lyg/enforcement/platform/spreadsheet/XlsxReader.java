package cn.gov.lyg.enforcement.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A streaming XLSX reader for bulk imports: the upload is copied to a temporary file (deleted afterwards) and the first
 * sheet is parsed with SAX row by row (POI's event API), so memory does not grow with the number of rows. Guards:
 * <ul>
 *   <li>a row limit: more than {@code maxRows} data rows stop the import with {@code XLSX_TOO_MANY_ROWS};</li>
 *   <li>a zip-bomb guard: an entry that inflates more than {@value #MAX_INFLATE_FACTOR}× its compressed size, or past
 *       {@value #MAX_ENTRY_BYTES} bytes, is refused with {@code XLSX_ZIP_BOMB} (POI's {@link ZipSecureFile});</li>
 *   <li>anything that is not a readable XLSX (no workbook, broken XML) is {@code XLSX_UNREADABLE}.</li>
 * </ul>
 * Cells come as the text a spreadsheet shows (dates and numbers formatted), empty cells as {@code ""}.
 */
public final class XlsxReader {

    /** Largest inflation accepted for one zip entry (POI's default ratio is 0.01, i.e. 100×). */
    public static final int MAX_INFLATE_FACTOR = 100;
    /** Largest uncompressed size of one entry (the sheet XML): 512 MiB. */
    public static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_FACTOR);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxReader() {
    }

    /** Why a file was refused; {@link #code()} is a problem code for the caller's answer. */
    public static final class Rejected extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String code;

        Rejected(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * Reads the first sheet: the header row (row 1) to {@code header}, then every data row to {@code rows}, in order.
     *
     * @param maxRows largest number of data rows accepted
     * @throws Rejected with {@code XLSX_TOO_MANY_ROWS}, {@code XLSX_ZIP_BOMB} or {@code XLSX_UNREADABLE}
     */
    public static void read(InputStream in, int maxRows, Consumer<List<String>> header,
                            Consumer<List<String>> rows) {
        read(in, 0, maxRows, header, rows);
    }

    /** As {@link #read(InputStream, int, Consumer, Consumer)} for the sheet at {@code sheetIndex} (0 = first). */
    public static void read(InputStream in, int sheetIndex, int maxRows, Consumer<List<String>> header,
                            Consumer<List<String>> rows) {
        Path file = null;
        try {
            file = Files.createTempFile("xlsx-import-", ".xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                for (int i = 0; i < sheetIndex && sheets.hasNext(); i++) {
                    sheets.next().close();
                }
                if (!sheets.hasNext()) {
                    throw new Rejected("XLSX_UNREADABLE", "the workbook has no sheet " + (sheetIndex + 1));
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                            new Rows(maxRows, header, rows), new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (Rejected e) {
            throw e;
        } catch (CallbackFailure e) {
            throw (RuntimeException) e.getCause(); // the caller's own refusal of a row or header, unchanged
        } catch (IOException | InvalidFormatException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            if (causedByZipBomb(e)) {
                throw new Rejected("XLSX_ZIP_BOMB", "the file inflates beyond the limits: " + e.getMessage());
            }
            throw new Rejected("XLSX_UNREADABLE", "not a readable XLSX workbook: " + e);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new Rejected("XLSX_UNREADABLE", "not a readable XLSX workbook: " + e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans up
                }
            }
        }
    }

    private static boolean causedByZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("MaxEntrySize")
                    || m.contains("max entry size"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** An exception of the caller's consumer, carried through the parser unchanged. */
    private static final class CallbackFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CallbackFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** Collects the cells of each row by column, passing the header and then each data row on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final Consumer<List<String>> header;
        private final Consumer<List<String>> rows;
        private final List<String> current = new ArrayList<>();
        private int dataRows;
        private boolean headerSeen;

        Rows(int maxRows, Consumer<List<String>> header, Consumer<List<String>> rows) {
            this.maxRows = maxRows;
            this.header = header;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            current.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerSeen) {
                headerSeen = true;
                pass(header, List.copyOf(current));
                return;
            }
            if (current.stream().allMatch(String::isBlank)) {
                return;
            }
            if (++dataRows > maxRows) {
                throw new Rejected("XLSX_TOO_MANY_ROWS", "more than " + maxRows + " data rows");
            }
            pass(rows, List.copyOf(current));
        }

        private static void pass(Consumer<List<String>> consumer, List<String> cells) {
            try {
                consumer.accept(cells);
            } catch (Rejected e) {
                throw e;
            } catch (RuntimeException e) {
                throw new CallbackFailure(e);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
