package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Request bodies of {@code /review-templates}. */
public final class TemplateCommands {

    private TemplateCommands() {
    }

    public record Item(@NotBlank @Size(max = 16) String code, @Size(max = 100) String level1Indicator,
                       @Size(max = 100) String level2Indicator, @NotNull ReviewItemType itemType,
                       @NotBlank @Size(max = 500) String description, DeductionRule deductionRule,
                       BigDecimal points, BigDecimal maxDeduction, @Size(max = 1000) String scoringStandard) {

        ReviewTemplateItem toItem() {
            return new ReviewTemplateItem(code.trim(), level1Indicator, level2Indicator, itemType, description,
                    deductionRule, points, maxDeduction, scoringStandard == null ? description : scoringStandard);
        }
    }

    public record Band(@NotNull ReviewGrade grade, @NotNull BigDecimal minScore) {
    }

    /** The content of a template version. */
    public record Content(@NotBlank @Size(max = 200) String name, @NotEmpty Set<@NotNull ItemType> applicableCaseTypes,
                          @NotNull BigDecimal fullScore, @NotEmpty @Size(max = 300) List<@Valid @NotNull Item> items,
                          @NotEmpty @Size(max = 10) List<@Valid @NotNull Band> gradeBands) {

        ReviewScoringTemplate toTemplate(String templateId, int version) {
            return new ReviewScoringTemplate(templateId, version, applicableCaseTypes, fullScore,
                    items.stream().map(Item::toItem).toList(),
                    gradeBands.stream().map(b -> new GradeBand(b.grade(), b.minScore())).toList());
        }
    }

    /** A new version of a template (a new template when the id is new); the version number is the next one. */
    public record Draft(@NotBlank @Pattern(regexp = "^[A-Z0-9][A-Z0-9_-]{1,31}$") String templateId,
                        @NotNull @Valid Content content) {
    }
}
