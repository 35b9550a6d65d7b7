package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 评查表: a versioned scoring template held as data (DOMAIN.md §2.5.1). Two layers: veto items (any hit makes the file
 * UNQUALIFIED with score 0, whatever the deductions) and a scored part of {@code fullScore} points from which the
 * deductions are subtracted (never below 0). The grade is the highest band whose minimum the score reaches.
 */
public record ReviewScoringTemplate(String templateId, int version, Set<ItemType> applicableCaseTypes,
                                    BigDecimal fullScore, List<ReviewTemplateItem> items, List<GradeBand> gradeBands) {

    public ReviewScoringTemplate {
        applicableCaseTypes = Set.copyOf(applicableCaseTypes);
        items = List.copyOf(items);
        gradeBands = gradeBands.stream().sorted(Comparator.comparing(GradeBand::minScore).reversed()).toList();
        validate(templateId, version, applicableCaseTypes, fullScore, items, gradeBands);
    }

    private static void validate(String templateId, int version, Set<ItemType> caseTypes, BigDecimal fullScore,
                                 List<ReviewTemplateItem> items, List<GradeBand> bands) {
        List<FieldViolation> errors = new ArrayList<>();
        if (templateId == null || templateId.isBlank()) {
            errors.add(FieldViolation.of("templateId", "REVIEW_TEMPLATE_INVALID"));
        }
        if (version < 1) {
            errors.add(FieldViolation.of("version", "REVIEW_TEMPLATE_INVALID"));
        }
        if (caseTypes.isEmpty()) {
            errors.add(FieldViolation.of("applicableCaseTypes", "REVIEW_TEMPLATE_INVALID"));
        }
        if (fullScore == null || fullScore.signum() <= 0) {
            errors.add(FieldViolation.of("fullScore", "REVIEW_TEMPLATE_INVALID"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ReviewTemplateItem it = items.get(i);
            String at = "items[" + i + "]";
            if (it.code() == null || it.code().isBlank() || !codes.add(it.code())) {
                errors.add(FieldViolation.of(at + ".code", "REVIEW_TEMPLATE_INVALID"));
            }
            if (it.itemType() == null) {
                errors.add(FieldViolation.of(at + ".itemType", "REVIEW_TEMPLATE_INVALID"));
            } else if (it.itemType() == ReviewItemType.DEDUCTION && (it.deductionRule() == null || it.points() == null
                    || it.points().signum() <= 0 || it.maxDeduction() == null
                    || it.maxDeduction().compareTo(it.points()) < 0)) {
                errors.add(FieldViolation.of(at + ".points", "REVIEW_TEMPLATE_INVALID"));
            }
        }
        Set<ReviewGrade> graded = new HashSet<>();
        for (GradeBand b : bands) {
            if (b.grade() == null || b.minScore() == null || !graded.add(b.grade()) || b.minScore().signum() < 0
                    || (fullScore != null && b.minScore().compareTo(fullScore) > 0)) {
                errors.add(FieldViolation.of("gradeBands", "REVIEW_TEMPLATE_INVALID"));
                break;
            }
        }
        // the lowest band must start at 0 so that every score has a grade
        if (bands.isEmpty() || bands.get(bands.size() - 1).minScore() == null
                || bands.get(bands.size() - 1).minScore().signum() != 0
                || bands.get(bands.size() - 1).grade() != ReviewGrade.UNQUALIFIED) {
            errors.add(FieldViolation.of("gradeBands", "REVIEW_TEMPLATE_INVALID"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("REVIEW_TEMPLATE_INVALID", errors);
        }
    }

    public boolean appliesTo(ItemType caseType) {
        return applicableCaseTypes.contains(caseType);
    }

    /**
     * Scores one file. Unknown item codes and non-positive occurrences are rejected ({@code REVIEW_ITEM_UNKNOWN},
     * {@code REVIEW_OCCURRENCES_INVALID}); findings of the same item are added up before the item's maximum applies.
     */
    public ScoreResult score(List<FileFinding> findings) {
        Map<String, ReviewTemplateItem> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.put(i.code(), i));
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            FileFinding f = findings.get(i);
            if (f.itemCode() == null || !byCode.containsKey(f.itemCode())) {
                errors.add(FieldViolation.of("findings[" + i + "].itemCode", "REVIEW_ITEM_UNKNOWN"));
            } else if (f.occurrences() < 1) {
                errors.add(FieldViolation.of("findings[" + i + "].occurrences", "REVIEW_OCCURRENCES_INVALID"));
            } else {
                occurrences.merge(f.itemCode(), f.occurrences(), Integer::sum);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("REVIEW_FINDINGS_INVALID", errors);
        }
        List<String> vetoHits = new ArrayList<>();
        List<ScoreResult.ItemDeduction> deductions = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> e : occurrences.entrySet()) {
            ReviewTemplateItem item = byCode.get(e.getKey());
            if (item.itemType() == ReviewItemType.VETO) {
                vetoHits.add(item.code());
            } else {
                BigDecimal d = item.deductionFor(e.getValue());
                deductions.add(new ScoreResult.ItemDeduction(item.code(), e.getValue(), d));
                total = total.add(d);
            }
        }
        if (!vetoHits.isEmpty()) {
            return new ScoreResult(BigDecimal.ZERO.setScale(1), ReviewGrade.UNQUALIFIED, vetoHits, deductions);
        }
        BigDecimal score = fullScore.subtract(total).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
        return new ScoreResult(score, gradeOf(score), vetoHits, deductions);
    }

    /** The grade of a score without veto hits. */
    public ReviewGrade gradeOf(BigDecimal score) {
        for (GradeBand b : gradeBands) {
            if (score.compareTo(b.minScore()) >= 0) {
                return b.grade();
            }
        }
        return ReviewGrade.UNQUALIFIED;
    }
}
