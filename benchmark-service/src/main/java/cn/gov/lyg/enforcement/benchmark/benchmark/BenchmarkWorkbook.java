package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.benchmark.law.LawRef;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.platform.spreadsheet.XlsxWriter;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A published benchmark version as an XLSX workbook for the public (公示): sheet 基准 with the version's facts, sheet
 * 裁量档次 with one row per entry and tier (violation, provisions, penalty kinds, fine formula, band and amounts, factor
 * codes). Streamed (platform {@link XlsxWriter}); every text cell is neutralised against formula injection.
 */
final class BenchmarkWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> TIER_HEADER = List.of("违法行为编码 violationCode", "违法行为 violation",
            "事项 catalogItemId", "违法依据 violated provisions", "处罚依据 penalty provisions", "可选处罚种类 allowed kinds",
            "应当并处 mandatory kinds", "罚款计算 formula", "罚款下限 formula min", "罚款上限 formula max", "裁量档次 tier",
            "情节 circumstance", "适用条件 conditions", "档位起 band from", "档位止 band to", "金额起 amount from",
            "金额止 amount to", "情节因素 factor codes", "前提条件 preconditions");

    private BenchmarkWorkbook() {
    }

    static void write(BenchmarkView b, OutputStream out) {
        try (XlsxWriter w = new XlsxWriter()) {
            w.sheet("基准", List.of("项目 field", "内容 value"));
            w.row(List.of("标题 title", b.title()));
            w.row(Arrays.asList("文号 document number", b.docNo()));
            w.row(List.of("制定机关 issuing agency", b.issuingAgencyCode()));
            w.row(List.of("层级 level", b.level().name()));
            w.row(Arrays.asList("领域 domain", b.domain()));
            w.row(List.of("版本 version", b.versionNo()));
            w.row(List.of("状态 status", b.status().name()));
            w.row(Arrays.asList("公布日期 published", b.publishedAt()));
            w.row(Arrays.asList("施行日期 effective from", b.effectiveFrom()));
            w.row(Arrays.asList("废止/失效 effective to", b.effectiveTo()));
            w.row(List.of("计算模型 model", b.model().name()));
            w.sheet("裁量档次", TIER_HEADER);
            for (BenchmarkView.EntryView e : b.entries()) {
                BenchmarkView.FormulaView f = e.fineFormula();
                if (e.tiers().isEmpty()) {
                    w.row(entryCells(e, f, null));
                }
                for (BenchmarkView.TierView t : e.tiers()) {
                    w.row(entryCells(e, f, t));
                }
            }
            w.writeTo(out);
        }
    }

    private static List<Object> entryCells(BenchmarkView.EntryView e, BenchmarkView.FormulaView f,
                                           BenchmarkView.TierView t) {
        return Arrays.asList(e.violationCode(), e.violationName(), e.catalogItemId(), laws(e.violatedProvisions()),
                laws(e.penaltyProvisions()), kinds(e.allowedPenaltyKinds()), kinds(e.mandatoryPenaltyKinds()),
                f == null ? null : f.kind().name(), f == null ? null : decimal(f.min()),
                f == null ? null : decimal(f.max()), t == null ? null : t.tier().name(),
                t == null || t.circumstanceLevel() == null ? null : t.circumstanceLevel().name(),
                t == null ? null : t.conditions(), t == null ? null : decimal(t.bandFrom()),
                t == null ? null : decimal(t.bandTo()), t == null ? null : decimal(t.amountFrom()),
                t == null ? null : decimal(t.amountTo()),
                t == null || t.factorCodes() == null ? null : String.join("、", t.factorCodes()), e.preconditions());
    }

    private static String laws(List<LawRef> refs) {
        return refs == null ? null : refs.stream().map(LawRef::display).collect(Collectors.joining("；"));
    }

    private static String kinds(Collection<PenaltyKind> kinds) {
        return kinds == null ? null : kinds.stream().sorted().map(PenaltyKind::displayName)
                .collect(Collectors.joining("、"));
    }

    private static java.math.BigDecimal decimal(String text) {
        return text == null ? null : new java.math.BigDecimal(text);
    }
}
