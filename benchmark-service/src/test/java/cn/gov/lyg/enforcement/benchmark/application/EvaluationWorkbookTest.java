package cn.gov.lyg.enforcement.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.evaluation.AppliedDecision;
import cn.gov.lyg.enforcement.benchmark.evaluation.BenchmarkEvaluation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The evaluation workbook read back with POI: sheets, headers, numeric cells, exact money, neutralised text. */
class EvaluationWorkbookTest {

    private static final DataFormatter SHOWN = new DataFormatter();

    private static AppliedDecision fine(String code, DiscretionTier tier, String amount, boolean within) {
        return new AppliedDecision(code, tier, new BigDecimal(amount), within, false, null);
    }

    private static AppliedDecision none(String exemption) {
        return new AppliedDecision("FIR", DiscretionTier.NO_PENALTY, null, true, true, exemption);
    }

    private static XSSFWorkbook written(EvaluationExport export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvaluationWorkbook.write(export, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> shown(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : SHOWN.formatCellValue(cell));
        }
        return cells;
    }

    /** The value cell of the summary row whose indicator starts with {@code label}. */
    private static Cell indicator(Sheet summary, String label) {
        for (Row row : summary) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no indicator " + label);
    }

    @Test
    void indicatorsDispersionDeviationsAndExemptionsInFourSheets() throws Exception {
        BenchmarkEvaluation evaluation = BenchmarkEvaluation.of(List.of(
                fine("FIR", DiscretionTier.STANDARD, "20000", true),
                fine("FIR", DiscretionTier.STANDARD, "30000", true),
                fine("FIR", DiscretionTier.STANDARD, "40000", false),
                fine("FIR", DiscretionTier.LIGHTER, "8000", true),
                fine("MKT", DiscretionTier.LIGHTER, "12345.67", true),
                fine("MKT", DiscretionTier.LIGHTER, "12345.67", true),
                none("FIRST_VIOLATION"), none("FIRST_VIOLATION"), none("MINOR_VIOLATION"), none(null)), 20);
        EvaluationExport.Deviation deviation = new EvaluationExport.Deviation("app-1", "=1+1", LocalDate.of(2025, 6, 16),
                "FIR", DiscretionTier.STANDARD, new BigDecimal("10000"), new BigDecimal("30000"),
                new BigDecimal("40000.5"), false, "COLLECTIVE_DELIBERATION", "@局长", LocalDate.of(2025, 6, 12),
                "+2025年第7次", "=HYPERLINK(\"http://evil\",\"点我\")");
        try (XSSFWorkbook book = written(new EvaluationExport("11320706300200020C", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), evaluation, List.of(deviation)))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("评估指标", "同案不同罚", "偏离基准", "不予处罚");

            Sheet summary = book.getSheetAt(0);
            assertThat(shown(summary.getRow(0))).isEqualTo(EvaluationWorkbook.SUMMARY_HEADER);
            assertThat(indicator(summary, "执法机关").getStringCellValue()).isEqualTo("11320706300200020C");
            assertThat(indicator(summary, "评估期间起").getStringCellValue()).isEqualTo("2025-01-01");
            assertThat(indicator(summary, "评估期间止").getStringCellValue()).isEqualTo("2025-12-31");
            Cell applications = indicator(summary, "基准适用记录数");
            assertThat(applications.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(applications.getNumericCellValue()).isEqualTo(10);
            assertThat(indicator(summary, "行政处罚决定数").getNumericCellValue()).isEqualTo(20);
            assertThat(indicator(summary, "适用基准比例").getNumericCellValue()).isEqualTo(0.5);
            assertThat(indicator(summary, "偏离基准件数").getNumericCellValue()).isEqualTo(1);
            assertThat(indicator(summary, "偏离率").getNumericCellValue()).isEqualTo(0.1);
            assertThat(indicator(summary, "不予处罚件数").getNumericCellValue()).isEqualTo(4);
            assertThat(indicator(summary, "不予处罚比例").getNumericCellValue()).isEqualTo(0.4);

            Sheet dispersion = book.getSheetAt(1);
            assertThat(shown(dispersion.getRow(0))).isEqualTo(EvaluationWorkbook.DISPERSION_HEADER);
            assertThat(dispersion.getLastRowNum()).as("FIR/STANDARD and MKT/LIGHTER; FIR/LIGHTER has one fine").isEqualTo(2);
            Row fir = dispersion.getRow(1);
            // mean 30 000, population sd sqrt(200 000 000 / 3) = 8 164.97, CV 0.2722 (four decimals, not cut to 0.27)
            assertThat(shown(fir)).containsExactly("FIR", "STANDARD", "3", "30000.00", "8164.97", "0.2722");
            for (int c = 2; c <= 5; c++) {
                assertThat(fir.getCell(c).getCellType()).as("column %d numeric", c).isEqualTo(CellType.NUMERIC);
            }
            assertThat(fir.getCell(5).getNumericCellValue()).isEqualTo(0.2722);
            Row mkt = dispersion.getRow(2);
            assertThat(shown(mkt)).containsExactly("MKT", "LIGHTER", "2", "12345.67", "0.00", "0");
            assertThat(mkt.getCell(3).getNumericCellValue()).as("money exact to the fen").isEqualTo(12345.67);

            Sheet deviations = book.getSheetAt(2);
            assertThat(shown(deviations.getRow(0))).isEqualTo(EvaluationWorkbook.DEVIATION_HEADER);
            assertThat(deviations.getLastRowNum()).isEqualTo(1);
            Row d = deviations.getRow(1);
            assertThat(shown(d)).containsExactly("'=1+1", "2025-06-16", "FIR", "STANDARD", "10000.00", "30000.00",
                    "40000.50", "否", "COLLECTIVE_DELIBERATION", "'@局长", "2025-06-12", "'+2025年第7次",
                    "'=HYPERLINK(\"http://evil\",\"点我\")", "app-1");
            assertThat(d.getCell(0).getCellType()).as("a would-be formula stays text").isEqualTo(CellType.STRING);
            assertThat(d.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(d.getCell(6).getNumericCellValue()).isEqualTo(40000.5);

            Sheet exemptions = book.getSheetAt(3);
            assertThat(shown(exemptions.getRow(0))).isEqualTo(EvaluationWorkbook.EXEMPTION_HEADER);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= exemptions.getLastRowNum(); r++) {
                rows.add(shown(exemptions.getRow(r)));
                assertThat(exemptions.getRow(r).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            assertThat(rows).containsExactly(List.of("FIRST_VIOLATION", "2", "0.2"), List.of("MINOR_VIOLATION", "1", "0.1"),
                    List.of("NONE", "1", "0.1"));
        }
    }

    @Test
    void unknownRatesAreEmptyCellsAndEmptySheetsKeepTheirHeader() throws Exception {
        BenchmarkEvaluation evaluation = BenchmarkEvaluation.of(List.of(), null);
        try (XSSFWorkbook book = written(new EvaluationExport("11320706300200020C", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31), evaluation, List.of()))) {
            Sheet summary = book.getSheetAt(0);
            assertThat(indicator(summary, "基准适用记录数").getNumericCellValue()).isZero();
            assertThat(indicator(summary, "行政处罚决定数")).as("no number of decisions given").isNull();
            assertThat(indicator(summary, "适用基准比例")).isNull();
            assertThat(indicator(summary, "偏离率")).as("no applications: no rate").isNull();
            for (int s = 1; s <= 3; s++) {
                assertThat(book.getSheetAt(s).getLastRowNum()).as("sheet %d: header only", s).isZero();
            }
            assertThat(shown(book.getSheetAt(2).getRow(0))).isEqualTo(EvaluationWorkbook.DEVIATION_HEADER);
        }
    }
}
