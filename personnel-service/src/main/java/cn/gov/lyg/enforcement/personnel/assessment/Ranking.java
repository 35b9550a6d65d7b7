package cn.gov.lyg.enforcement.personnel.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The "十大执法办案能手" ranking by configurable indicators, pure. Each indicator is normalised to 0..1 by the best
 * value among the candidates and weighted; the score is out of 100. Candidates graded UNQUALIFIED or with a
 * substantiated complaint or an accountability outcome in the year are not eligible. Ties: more cases, then name.
 */
public final class Ranking {

    /** The indicators a weight may name. */
    public static final Map<String, ToDoubleFunction<Assessment>> INDICATORS = Map.of(
            "casesHandled", Assessment::getCasesHandled,
            "caseReviewScore", a -> a.getCaseReviewScore() == null ? 0 : a.getCaseReviewScore().doubleValue(),
            "trainingHours", a -> a.getTrainingHours() == null ? 0 : a.getTrainingHours().doubleValue(),
            "grade", a -> switch (a.getGrade()) {
                case EXCELLENT -> 3;
                case QUALIFIED -> 2;
                case BASIC_QUALIFIED -> 1;
                case UNQUALIFIED -> 0;
            });

    public static final Map<String, Double> DEFAULT_WEIGHTS = new LinkedHashMap<>(Map.of(
            "casesHandled", 0.4, "caseReviewScore", 0.4, "trainingHours", 0.1, "grade", 0.1));

    private Ranking() {
    }

    public static boolean eligible(Assessment a) {
        return a.getGrade() != AssessmentGrade.UNQUALIFIED && a.getComplaintsSubstantiated() == 0
                && a.getAccountabilityOutcomes() == 0;
    }

    public static List<Entry> rank(List<Assessment> candidates, Map<String, Double> weights, int top) {
        for (String indicator : weights.keySet()) {
            if (!INDICATORS.containsKey(indicator)) {
                throw new IllegalArgumentException(indicator);
            }
        }
        List<Assessment> eligible = candidates.stream().filter(Ranking::eligible).toList();
        Map<String, Double> best = new LinkedHashMap<>();
        weights.keySet().forEach(k -> best.put(k, eligible.stream().mapToDouble(INDICATORS.get(k)).max().orElse(0)));
        double totalWeight = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Entry> entries = new ArrayList<>();
        for (Assessment a : eligible) {
            double score = 0;
            for (var w : weights.entrySet()) {
                double max = best.get(w.getKey());
                score += max <= 0 ? 0 : w.getValue() * INDICATORS.get(w.getKey()).applyAsDouble(a) / max;
            }
            double normalised = totalWeight <= 0 ? 0 : score / totalWeight * 100;
            entries.add(new Entry(0, a.getOfficerId(), a.getOfficerName(), a.getAgencyCode(), a.getGrade(),
                    a.getCasesHandled(), BigDecimal.valueOf(normalised).setScale(2, RoundingMode.HALF_UP)));
        }
        entries.sort(Comparator.comparing(Entry::score).reversed()
                .thenComparing(Comparator.comparingInt(Entry::casesHandled).reversed())
                .thenComparing(e -> e.officerName() == null ? "" : e.officerName()));
        List<Entry> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(top, entries.size()); i++) {
            Entry e = entries.get(i);
            ranked.add(new Entry(i + 1, e.officerId(), e.officerName(), e.agencyCode(), e.grade(), e.casesHandled(),
                    e.score()));
        }
        return ranked;
    }

    /** One place of the ranking. */
    public record Entry(int rank, String officerId, String officerName, String agencyCode, AssessmentGrade grade,
                        int casesHandled, BigDecimal score) {
    }
}
