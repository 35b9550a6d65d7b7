package cn.gov.lyg.enforcement.catalog.item;

import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.AGENCIES;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.CITY_ECOLOGY;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.CITY_JUSTICE;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.CITY_MARKET;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.HZ_MARKET;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.NIUSHAN_TOWNSHIP;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.foodLicencePenalty;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.with;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.withAgencies;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemRulesTest {

    private static List<String> codes(ItemDefinition definition) {
        return ItemRules.check(definition, AGENCIES).stream().map(FieldViolation::code).toList();
    }

    @Test
    void theSampleFoodLicencePenaltyIsValid() {
        assertThat(codes(foodLicencePenalty())).isEmpty();
    }

    @Test
    void c1CoercionCannotBeEntrusted() {
        ItemDefinition seizure = with(foodLicencePenalty(), ItemType.COERCION, ExerciseMode.ENTRUSTED, "3207-MKT-COE-0001");
        assertThat(codes(seizure)).containsExactly("COERCION_NOT_ENTRUSTABLE");
        assertThat(codes(with(seizure, ItemType.COERCION, ExerciseMode.DIRECT, "3207-MKT-COE-0001"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ItemType.class, names = {"PENALTY", "COERCION"}, mode = EnumSource.Mode.EXCLUDE)
    void penaltyItemsMayBeEntrustedButOnlyCoercionIsForbidden(ItemType type) {
        ItemDefinition entrusted = with(foodLicencePenalty(), type, ExerciseMode.ENTRUSTED,
                "3207-MKT-" + type.codeSegment() + "-0009");
        assertThat(codes(entrusted)).doesNotContain("COERCION_NOT_ENTRUSTABLE");
    }

    @ParameterizedTest
    @EnumSource(value = ItemType.class, names = {"PENALTY", "COERCION"}, mode = EnumSource.Mode.EXCLUDE)
    void c2OnlyPenaltyAndCoercionItemsAreDelegatedToTownships(ItemType type) {
        ItemDefinition delegated = with(foodLicencePenalty(), type, ExerciseMode.DELEGATED_TO_TOWNSHIP,
                "3207-MKT-" + type.codeSegment() + "-0002");
        assertThat(codes(delegated)).contains("DELEGATION_TYPE_NOT_ALLOWED");
    }

    @Test
    void c2DelegationNeedsTheCountyLevel() {
        ItemDefinition cityOnly = withAgencies(with(foodLicencePenalty(), ItemType.PENALTY,
                ExerciseMode.DELEGATED_TO_TOWNSHIP, "3207-MKT-PEN-0001"), List.of(CITY_MARKET), Set.of(AdminLevel.CITY));
        assertThat(codes(cityOnly)).containsExactly("DELEGATION_TYPE_NOT_ALLOWED");
        ItemDefinition county = withAgencies(with(foodLicencePenalty(), ItemType.PENALTY,
                ExerciseMode.DELEGATED_TO_TOWNSHIP, "3207-MKT-PEN-0001"), List.of(HZ_MARKET), Set.of(AdminLevel.COUNTY));
        assertThat(codes(county)).isEmpty();
    }

    @Test
    void c3NeedsBasisAndKnownAgenciesOfTheItemsDomain() {
        ItemDefinition d = foodLicencePenalty();
        ItemDefinition noBasis = new ItemDefinition(d.itemCode(), null, d.name(), d.itemType(), d.domain(), null,
                List.of(), List.of(), d.implementingAgencyCodes(), null, d.exerciseLevels(), d.exerciseMode(), false,
                false, List.of(), null, null, null);
        assertThat(codes(noBasis)).containsExactly("BASIS_REQUIRED");
        assertThat(codes(withAgencies(d, List.of(), d.exerciseLevels()))).containsExactly("AGENCY_REQUIRED");
        assertThat(codes(withAgencies(d, List.of("91320706MA1XXXXXX1"), d.exerciseLevels())))
                .containsExactly("AGENCY_UNKNOWN");
        assertThat(codes(withAgencies(d, List.of(CITY_ECOLOGY), d.exerciseLevels())))
                .containsExactly("AGENCY_DOMAIN_MISMATCH");
        assertThat(codes(withAgencies(d, List.of(CITY_JUSTICE), d.exerciseLevels())))
                .containsExactly("AGENCY_NOT_ENFORCEMENT_SUBJECT");
    }

    @Test
    void c5TownshipsOnlyThroughDelegation() {
        ItemDefinition d = foodLicencePenalty();
        assertThat(codes(withAgencies(d, List.of(HZ_MARKET, NIUSHAN_TOWNSHIP),
                Set.of(AdminLevel.COUNTY, AdminLevel.TOWNSHIP)))).containsExactly("TOWNSHIP_REQUIRES_DELEGATION");
    }

    @Test
    void agencyLevelsMustBeListed() {
        assertThat(codes(withAgencies(foodLicencePenalty(), List.of(CITY_MARKET, HZ_MARKET), Set.of(AdminLevel.CITY))))
                .containsExactly("AGENCY_LEVEL_NOT_LISTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3207-MKT-PEN-001", "3206-MKT-PEN-0001", "3207-mkt-PEN-0001", "MKT-PEN-0001", ""})
    void itemCodesFollowTheCityPattern(String code) {
        assertThat(codes(with(foodLicencePenalty(), ItemType.PENALTY, ExerciseMode.DIRECT, code)))
                .containsExactly("ITEM_CODE_FORMAT");
    }

    @Test
    void itemCodeSegmentsMatchDomainAndType() {
        assertThat(codes(with(foodLicencePenalty(), ItemType.PENALTY, ExerciseMode.DIRECT, "3207-MKT-INS-0001")))
                .containsExactly("ITEM_CODE_SEGMENTS_MISMATCH");
        assertThat(codes(with(foodLicencePenalty(), ItemType.PENALTY, ExerciseMode.DIRECT, "3207-ECO-PEN-0001")))
                .containsExactly("ITEM_CODE_SEGMENTS_MISMATCH");
    }

    @Test
    void inspectionFlagsOnlyOnInspectionItems() {
        ItemDefinition d = foodLicencePenalty();
        ItemDefinition flagged = new ItemDefinition(d.itemCode(), null, d.name(), d.itemType(), d.domain(), null,
                d.settingBasis(), d.implementingBasis(), d.implementingAgencyCodes(), null, d.exerciseLevels(),
                d.exerciseMode(), true, false, List.of(), null, null, null);
        assertThat(codes(flagged)).containsExactly("FLAG_ONLY_FOR_INSPECTION");
        ItemDefinition inspection = new ItemDefinition("3207-MKT-INS-0001", null, "食品经营者监督检查",
                ItemType.INSPECTION, d.domain(), null, d.settingBasis(), d.implementingBasis(),
                d.implementingAgencyCodes(), null, d.exerciseLevels(), d.exerciseMode(), true, true, List.of(), null,
                null, null);
        assertThat(codes(inspection)).isEmpty();
    }

    @Test
    void validityMustNotEndBeforeItStarts() {
        ItemDefinition d = foodLicencePenalty();
        ItemDefinition reversed = new ItemDefinition(d.itemCode(), null, d.name(), d.itemType(), d.domain(), null,
                d.settingBasis(), d.implementingBasis(), d.implementingAgencyCodes(), null, d.exerciseLevels(),
                d.exerciseMode(), false, false, List.of(), null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 28));
        assertThat(codes(reversed)).containsExactly("VALIDITY_RANGE");
    }
}
