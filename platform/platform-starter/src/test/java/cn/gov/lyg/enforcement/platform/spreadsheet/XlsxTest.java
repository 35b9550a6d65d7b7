package cn.gov.lyg.enforcement.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Streaming XLSX out and in: formula neutralisation, a round trip, the row limit and the zip-bomb guard. */
class XlsxTest {

    private static byte[] workbook(int rows) {
        try (XlsxWriter w = new XlsxWriter()) {
            w.sheet("名录", List.of("uscc", "name", "amount", "date"));
            for (int i = 0; i < rows; i++) {
                w.row(Arrays.asList("91320706MA1XK7C38L", "=HYPERLINK(\"http://x\")" + i, new BigDecimal("1234.50"),
                        LocalDate.of(2025, 5, 6)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.writeTo(out);
            return out.toByteArray();
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralised() {
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(XlsxWriter.neutralise(s)).isEqualTo("'" + s);
        }
        assertThat(XlsxWriter.neutralise("连云港海宁食品有限公司")).isEqualTo("连云港海宁食品有限公司");
        assertThat(XlsxWriter.neutralise("1-2")).isEqualTo("1-2");
        assertThat(XlsxWriter.neutralise("")).isEmpty();
    }

    @Test
    void whatIsWrittenIsReadBackRowByRow() {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        XlsxReader.read(new ByteArrayInputStream(workbook(3)), 10, header::addAll, rows::add);
        assertThat(header).containsExactly("uscc", "name", "amount", "date");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("91320706MA1XK7C38L", "'=HYPERLINK(\"http://x\")0", "1234.50",
                "2025-05-06");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        assertThatThrownBy(() -> XlsxReader.read(new ByteArrayInputStream(workbook(11)), 10, h -> { }, r -> { }))
                .isInstanceOfSatisfying(XlsxReader.Rejected.class,
                        e -> assertThat(e.code()).isEqualTo("XLSX_TOO_MANY_ROWS"));
    }

    @Test
    void theCallersOwnRefusalComesOutUnchanged() {
        assertThatThrownBy(() -> XlsxReader.read(new ByteArrayInputStream(workbook(1)), 10, h -> {
            throw new IllegalArgumentException("HEADER_INVALID");
        }, r -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("HEADER_INVALID");
    }

    @Test
    void somethingElseIsUnreadable() {
        assertThatThrownBy(() -> XlsxReader.read(new ByteArrayInputStream("uscc,name\n".getBytes(
                StandardCharsets.UTF_8)), 10, h -> { }, r -> { }))
                .isInstanceOfSatisfying(XlsxReader.Rejected.class,
                        e -> assertThat(e.code()).isEqualTo("XLSX_UNREADABLE"));
    }

    @Test
    void aSheetThatInflatesLikeABombIsRefused() throws IOException {
        // the same workbook, its sheet padded with 40 MB of blanks: compresses about a thousandfold
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        java.nio.file.Path plain = java.nio.file.Files.createTempFile("plain", ".xlsx");
        java.nio.file.Files.write(plain, workbook(1));
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        } finally {
            java.nio.file.Files.deleteIfExists(plain);
        }
        assertThatThrownBy(() -> XlsxReader.read(new ByteArrayInputStream(bomb.toByteArray()), 10, h -> { },
                r -> { })).isInstanceOfSatisfying(XlsxReader.Rejected.class,
                e -> assertThat(e.code()).isEqualTo("XLSX_ZIP_BOMB"));
    }
}
