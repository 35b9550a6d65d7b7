package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.identifier.ValidUscc;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The editable content of an enforcement item (DOMAIN.md §2.4.2): what a catalog admin sends to create or change a
 * draft. Field-level checks are annotations; the cross-field rules (C1, C3, C5, code format) live in
 * {@link ItemRules}. The two inspection flags are optional and default to false.
 */
public record ItemDefinition(
        @NotBlank @Size(max = 32) String itemCode,
        @Size(max = 64) String provincialItemCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull ItemType itemType,
        @NotNull EnforcementDomain domain,
        String parentItemId,
        @Valid @Size(max = 20) List<@NotNull LawRef> settingBasis,
        @Valid @NotEmpty @Size(max = 20) List<@NotNull LawRef> implementingBasis,
        @NotEmpty @Size(max = 50) List<@NotBlank @ValidUscc String> implementingAgencyCodes,
        @Size(max = 100) String handlingUnit,
        @NotEmpty Set<@NotNull AdminLevel> exerciseLevels,
        @NotNull ExerciseMode exerciseMode,
        Boolean randomCheckItem,
        Boolean keySupervision,
        @Size(max = 50) List<@NotBlank String> relatedCoercionItemIds,
        @Size(max = 2000) String accountabilityCases,
        LocalDate validFrom,
        LocalDate validTo) {

    public ItemDefinition {
        settingBasis = settingBasis == null ? List.of() : List.copyOf(settingBasis);
        implementingBasis = implementingBasis == null ? List.of() : List.copyOf(implementingBasis);
        implementingAgencyCodes = implementingAgencyCodes == null ? List.of()
                : implementingAgencyCodes.stream().map(code -> code == null ? null : code.trim().toUpperCase())
                .distinct().toList();
        exerciseLevels = exerciseLevels == null ? Set.of() : Set.copyOf(exerciseLevels);
        relatedCoercionItemIds = relatedCoercionItemIds == null ? List.of() : List.copyOf(relatedCoercionItemIds);
        itemCode = itemCode == null ? null : itemCode.trim();
        randomCheckItem = Boolean.TRUE.equals(randomCheckItem);
        keySupervision = Boolean.TRUE.equals(keySupervision);
    }
}
