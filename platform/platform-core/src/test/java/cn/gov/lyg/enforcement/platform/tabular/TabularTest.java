package cn.gov.lyg.enforcement.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabularTest {

    private static List<List<String>> readAll(CsvReader reader) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static CsvReader reader(String text, TableLimits limits) {
        return new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limits);
    }

    @Test
    void formulaCellsAreNeutralisedAndRestored() {
        for (String risky : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(SpreadsheetCells.neutralise(risky)).isEqualTo("'" + risky);
            assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralise(risky))).isEqualTo(risky);
        }
        assertThat(SpreadsheetCells.neutralise("食品安全法")).isEqualTo("食品安全法");
        assertThat(SpreadsheetCells.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCells.neutralise(null)).isEmpty();
        assertThat(SpreadsheetCells.restore("'plain")).isEqualTo("'plain");
    }

    @Test
    void csvRoundTripsQuotesLineBreaksAndFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(out)) {
            writer.row(List.of("a", "b")).row(List.of("x, y", "say \"hi\"")).row(List.of("1\r\n2", "=1+2"));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFa,b\r\n").contains(",'=1+2\r\n");
        List<List<String>> rows = readAll(new CsvReader(new ByteArrayInputStream(out.toByteArray()),
                TableLimits.defaults()));
        assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("1\r\n2", "'=1+2"));
        assertThat(SpreadsheetCells.restore(rows.get(2).get(1))).isEqualTo("=1+2");
    }

    @Test
    void readingStopsAtTheFirstBrokenLimit() {
        TableLimits small = TableLimits.defaults().withMaxRows(2).withMaxColumns(3);
        assertThat(readAll(reader("h1,h2\n1,2\n3,4\n", small))).hasSize(3);
        assertThatThrownBy(() -> readAll(reader("h1,h2\n1,2\n3,4\n5,6\n", small)))
                .isInstanceOfSatisfying(TableLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(TableLimitException.Limit.ROWS));
        assertThatThrownBy(() -> readAll(reader("a,b,c,d\n", small)))
                .isInstanceOfSatisfying(TableLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(TableLimitException.Limit.COLUMNS));
        assertThatThrownBy(() -> readAll(reader("a\n" + "x".repeat(32_001) + "\n", TableLimits.defaults())))
                .isInstanceOfSatisfying(TableLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(TableLimitException.Limit.CELL_LENGTH));
        assertThatThrownBy(() -> readAll(reader("a,\"b\n", small))).isInstanceOf(MalformedTableException.class);
    }

    @Test
    void anEndlessStreamIsNotBufferedBeyondTheLimits() {
        // a stream that never ends: a reader that buffered the input first would never return
        InputStream endless = new InputStream() {
            private long n;

            @Override
            public int read() {
                return n++ % 2 == 0 ? 'x' : ',';
            }
        };
        assertThatThrownBy(() -> new CsvReader(endless, TableLimits.defaults()).next())
                .isInstanceOfSatisfying(TableLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(TableLimitException.Limit.COLUMNS));
    }
}
