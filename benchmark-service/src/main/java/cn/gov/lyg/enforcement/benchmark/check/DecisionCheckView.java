package cn.gov.lyg.enforcement.benchmark.check;

import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationView;
import java.util.List;

/** The gate's answer: verdict, whether the proposal deviates, every rule's result, and the recommendation used. */
public record DecisionCheckView(Verdict verdict, boolean deviation, boolean hearingRight, List<ResultView> breaches,
                                List<ResultView> unknowns, List<ResultView> results, RecommendationView recommendation) {

    public static DecisionCheckView of(CheckReport report, RecommendationView recommendation) {
        return new DecisionCheckView(report.verdict(), report.deviation(), report.hearingRight(),
                report.breaches().stream().map(ResultView::of).toList(),
                report.unknowns().stream().map(ResultView::of).toList(),
                report.results().stream().map(ResultView::of).toList(), recommendation);
    }

    public record ResultView(String rule, CheckOutcome outcome, String code, String citation, String provenance,
                             String detail) {

        static ResultView of(CheckResult r) {
            return new ResultView(r.rule(), r.outcome(), r.code(), r.citation().display(), r.citation().tag(),
                    r.detail());
        }
    }
}
