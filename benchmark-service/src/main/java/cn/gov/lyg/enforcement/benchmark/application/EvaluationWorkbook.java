package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.evaluation.BenchmarkEvaluation;
import cn.gov.lyg.enforcement.platform.spreadsheet.XlsxWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An evaluation (基准实施评估) as an XLSX workbook, streamed through the platform {@link XlsxWriter}:
 * <ol>
 *   <li>{@value #SUMMARY}: agency, period and the indicators (applications, decisions, share applying a benchmark,
 *       deviations and their rate, no-penalty decisions and their rate);</li>
 *   <li>{@value #DISPERSION}: one row per violation code and recommended tier with at least two fines (count, mean,
 *       population standard deviation, coefficient of variation), highest CV first;</li>
 *   <li>{@value #DEVIATIONS}: one row per decision outside the recommended range, with its approval;</li>
 *   <li>{@value #EXEMPTIONS}: one row per no-penalty ground (code, decisions, share of the applications).</li>
 * </ol>
 * Counts are numeric cells, money (means, deviations, ranges, fines) exact decimals in yuan with two decimals, rates
 * numeric cells with their four decimals; text cells are neutralised against formula injection by the writer.
 */
final class EvaluationWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String SUMMARY = "评估指标";
    static final String DISPERSION = "同案不同罚";
    static final String DEVIATIONS = "偏离基准";
    static final String EXEMPTIONS = "不予处罚";

    static final List<String> SUMMARY_HEADER = List.of("指标 indicator", "数值 value");
    static final List<String> DISPERSION_HEADER = List.of("违法行为编码 violationCode", "推荐裁量档次 tier",
            "罚款件数 fines", "平均罚款(元) mean", "标准差(元) standardDeviation", "变异系数 coefficientOfVariation");
    static final List<String> DEVIATION_HEADER = List.of("案件编号 caseId", "决定日期 decisionDate",
            "违法行为编码 violationCode", "推荐裁量档次 recommendedTier", "推荐下限(元) recommendedMin",
            "推荐上限(元) recommendedMax", "罚款金额(元) finalFine", "不予处罚 noPenalty", "审批方式 approvalType",
            "审批人 approver", "审批日期 approvalDate", "会议纪要 minutesRef", "偏离理由 reasoning",
            "适用记录 applicationId");
    static final List<String> EXEMPTION_HEADER = List.of("不予处罚依据 exemption", "件数 decisions",
            "占适用记录比例 shareOfApplications");

    private EvaluationWorkbook() {
    }

    static void write(EvaluationExport export, OutputStream out) {
        BenchmarkEvaluation e = export.evaluation();
        int exempted = e.exemptions().values().stream().mapToInt(Integer::intValue).sum();
        try (XlsxWriter w = new XlsxWriter()) {
            w.sheet(SUMMARY, SUMMARY_HEADER);
            w.row(List.of("执法机关 agencyCode", export.agencyCode()));
            w.row(List.of("评估期间起 from", export.from()));
            w.row(List.of("评估期间止 to", export.to()));
            w.row(List.of("基准适用记录数 applications", e.applications()));
            w.row(Arrays.asList("行政处罚决定数 totalDecisions", e.totalDecisions()));
            w.row(Arrays.asList("适用基准比例 benchmarkShare", rate(e.benchmarkShare())));
            w.row(List.of("偏离基准件数 deviations", e.deviations()));
            w.row(Arrays.asList("偏离率 deviationRate", rate(e.deviationRate())));
            w.row(List.of("不予处罚件数 exemptions", exempted));
            w.row(Arrays.asList("不予处罚比例 exemptionRate", rate(e.exemptionRate())));
            w.sheet(DISPERSION, DISPERSION_HEADER);
            for (BenchmarkEvaluation.Dispersion d : e.dispersion()) {
                w.row(Arrays.asList(d.violationCode(), d.tier() == null ? null : d.tier().name(), d.fines(), d.mean(),
                        d.standardDeviation(), rate(d.coefficientOfVariation())));
            }
            w.sheet(DEVIATIONS, DEVIATION_HEADER);
            for (EvaluationExport.Deviation d : export.deviations()) {
                w.row(Arrays.asList(d.caseId(), d.decisionDate(), d.violationCode(),
                        d.recommendedTier() == null ? null : d.recommendedTier().name(), money(d.recommendedMin()),
                        money(d.recommendedMax()), money(d.finalFine()), d.noPenalty(), d.approvalType(), d.approver(),
                        d.approvalDate(), d.minutesRef(), d.reasoning(), d.applicationId()));
            }
            w.sheet(EXEMPTIONS, EXEMPTION_HEADER);
            for (Map.Entry<String, Integer> x : e.exemptions().entrySet()) {
                w.row(Arrays.asList(x.getKey(), x.getValue(), rate(share(x.getValue(), e.applications()))));
            }
            w.writeTo(out);
        }
    }

    /**
     * A rate as a plain numeric cell with its own decimals: the writer formats {@link BigDecimal}s as money (0.00),
     * which would show a CV of 0.2722 as 0.27.
     */
    private static Double rate(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Share of the applications, four decimals as the evaluation's own rates. */
    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
