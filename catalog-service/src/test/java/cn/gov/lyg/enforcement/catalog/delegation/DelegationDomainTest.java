package cn.gov.lyg.enforcement.catalog.delegation;

import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.AGENCIES;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.CITY_JUSTICE;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.CITY_MARKET;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.DH_MARKET;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.HZ_MARKET;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.NIUSHAN_TOWNSHIP;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.foodLicencePenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemFixtures;
import cn.gov.lyg.enforcement.catalog.usability.UsabilityReason;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationGranted;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationRecalled;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DelegationDomainTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Agency DH = AGENCIES.get(DH_MARKET);
    private static final Agency NIUSHAN = AGENCIES.get(NIUSHAN_TOWNSHIP);

    private static EnforcementItem active(ItemType type, String code) {
        EnforcementItem item = EnforcementItem.draft(ItemFixtures.with(foodLicencePenalty(), type, ExerciseMode.DIRECT,
                code), CLOCK);
        item.publish("a", CLOCK);
        return item;
    }

    private static EnforcementItem penalty() {
        return active(ItemType.PENALTY, "3207-MKT-PEN-0001");
    }

    private static List<String> codes(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::code).toList();
    }

    @Test
    void c2ACountyPenaltyItemGoesToATownshipOfTheSameCounty() {
        assertThat(DelegationRules.check(penalty(), DH, DH_MARKET, NIUSHAN, false)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ItemType.class, names = {"PENALTY"}, mode = EnumSource.Mode.EXCLUDE)
    void c2OtherTypesAreNotDelegable(ItemType type) {
        EnforcementItem item = active(type, "3207-MKT-" + type.codeSegment() + "-0001");
        assertThat(codes(DelegationRules.check(item, DH, DH_MARKET, NIUSHAN, false)))
                .startsWith("DELEGATION_TYPE_NOT_ALLOWED");
    }

    @Test
    void c2ACoercionItemFollowsARelatedPenaltyItem() {
        EnforcementItem seizure = active(ItemType.COERCION, "3207-MKT-COE-0001");
        assertThat(DelegationRules.check(seizure, DH, DH_MARKET, NIUSHAN, true)).isEmpty();
    }

    @Test
    void as29ACityLevelLicensingItemIsRejected() {
        EnforcementItem licensing = EnforcementItem.draft(ItemFixtures.withAgencies(ItemFixtures.with(
                foodLicencePenalty(), ItemType.LICENSING, ExerciseMode.DIRECT, "3207-MKT-LIC-0001"),
                List.of(CITY_MARKET), Set.of(AdminLevel.CITY)), CLOCK);
        licensing.publish("a", CLOCK);
        List<FieldViolation> errors = DelegationRules.check(licensing, null, null, NIUSHAN, false);
        assertThat(errors.get(0).code()).isEqualTo("DELEGATION_TYPE_NOT_ALLOWED");
        assertThat(codes(DelegationRules.check(licensing, AGENCIES.get(CITY_MARKET), CITY_MARKET, NIUSHAN, false)))
                .containsOnly("DELEGATION_TYPE_NOT_ALLOWED", "TOWNSHIP_NOT_IN_COUNTY");
    }

    @Test
    void c2OnlyCountyDepartmentsDelegateAndOnlyWhatTheyImplement() {
        EnforcementItem item = penalty();
        assertThat(codes(DelegationRules.check(item, AGENCIES.get(CITY_MARKET), CITY_MARKET, NIUSHAN, false)))
                .contains("DELEGATION_TYPE_NOT_ALLOWED");
        assertThat(codes(DelegationRules.check(item, AGENCIES.get(CITY_JUSTICE), CITY_JUSTICE, NIUSHAN, false)))
                .contains("DELEGATION_TYPE_NOT_ALLOWED");
        EnforcementItem cityAndHz = EnforcementItem.draft(ItemFixtures.withAgencies(foodLicencePenalty(),
                List.of(CITY_MARKET, HZ_MARKET), Set.of(AdminLevel.CITY, AdminLevel.COUNTY)), CLOCK);
        cityAndHz.publish("a", CLOCK);
        assertThat(codes(DelegationRules.check(cityAndHz, DH, DH_MARKET, NIUSHAN, false)))
                .containsExactly("AGENCY_NOT_IMPLEMENTING");
        assertThat(codes(DelegationRules.check(item, null, "91320706MA1XXXXXX1", NIUSHAN, false)))
                .containsExactly("AGENCY_UNKNOWN");
    }

    @Test
    void theReceiverIsATownshipOfTheDepartmentsCounty() {
        EnforcementItem item = penalty();
        assertThat(codes(DelegationRules.check(item, DH, DH_MARKET, AGENCIES.get(HZ_MARKET), false)))
                .containsExactly("TOWNSHIP_REQUIRED");
        assertThat(codes(DelegationRules.check(item, AGENCIES.get(HZ_MARKET), HZ_MARKET, NIUSHAN, false)))
                .containsExactly("TOWNSHIP_NOT_IN_COUNTY");
        assertThat(codes(DelegationRules.check(item, DH, DH_MARKET, null, false))).containsExactly("AGENCY_UNKNOWN");
    }

    @Test
    void onlyActiveItemsAreDelegated() {
        EnforcementItem item = penalty();
        item.suspend(StatusReason.OTHER, null, null, null, "a", CLOCK);
        assertThat(codes(DelegationRules.check(item, DH, DH_MARKET, NIUSHAN, false))).containsExactly("ITEM_NOT_ACTIVE");
    }

    private static TownshipDelegation proposed(EnforcementItem item) {
        return TownshipDelegation.propose(null, item.getId(), "3207-MKT-PEN-0001", "PENALTY",
                List.of(item.getId(), "coercion-1"), DH_MARKET, NIUSHAN_TOWNSHIP, "320722", "苏政发〔2025〕1号", null, null);
    }

    @Test
    void stateMachineFromProposalToRecall() {
        TownshipDelegation d = proposed(penalty());
        assertThat(d.getStatus()).isEqualTo(DelegationStatus.PROPOSED);
        assertThatThrownBy(() -> d.publish(null, null, "a", CLOCK)).isInstanceOf(InvalidTransitionException.class);
        d.approve(CLOCK);
        assertThatThrownBy(() -> d.approve(CLOCK)).isInstanceOf(InvalidTransitionException.class);
        d.publish(LocalDate.of(2025, 4, 1), null, "a", CLOCK);
        assertThat(d.statusOn(LocalDate.of(2025, 3, 31))).isEqualTo(DelegationStatus.PUBLISHED);
        assertThat(d.statusOn(LocalDate.of(2025, 4, 1))).isEqualTo(DelegationStatus.EFFECTIVE);
        assertThat(d.pendingEvents()).singleElement().isInstanceOfSatisfying(TownshipDelegationGranted.class, e -> {
            assertThat(e.coveredItemIds()).containsExactly(d.getItemId(), "coercion-1");
            assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(e.regionCode()).isEqualTo("320722");
        });
        assertThat(d.nextEvaluationDue()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> d.evaluate(null, EvaluationResult.CONTINUED, null, "a", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
        Clock later = Clock.fixed(Instant.parse("2025-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        d.evaluate(null, EvaluationResult.CONTINUED, "运行良好", "a", later);
        assertThat(d.getStatus()).isEqualTo(DelegationStatus.CONTINUED);
        assertThat(d.nextEvaluationDue()).isEqualTo(LocalDate.of(2026, 12, 1));
        d.recall(LocalDate.of(2025, 7, 31), "承接能力不足", null, "a", CLOCK);
        assertThat(d.getStatus()).isEqualTo(DelegationStatus.RECALLED);
        assertThat(d.getEffectiveTo()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(d.pendingEvents()).last().isInstanceOfSatisfying(TownshipDelegationRecalled.class,
                e -> assertThat(e.recallDate()).isEqualTo(LocalDate.of(2025, 7, 31)));
        assertThatThrownBy(() -> d.recall(LocalDate.of(2025, 8, 1), null, null, "a", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> d.evaluate(null, EvaluationResult.CONTINUED, null, "a", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void evaluationNeedsAPublishedDelegationAndARecallDateCannotPrecedeIt() {
        TownshipDelegation d = proposed(penalty());
        assertThatThrownBy(() -> d.evaluate(null, EvaluationResult.CONTINUED, null, "a", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
        d.approve(CLOCK);
        d.publish(LocalDate.of(2025, 4, 1), null, "a", CLOCK);
        assertThatThrownBy(() -> d.recall(LocalDate.of(2025, 3, 1), null, null, "a", CLOCK))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("EFFECTIVE_DATE_INVALID"));
        assertThatThrownBy(() -> d.recall(null, null, null, "a", CLOCK)).isInstanceOf(ApiException.class);
        TownshipDelegation withdrawn = proposed(penalty());
        withdrawn.recall(LocalDate.of(2025, 3, 1), "撤回", null, "a", CLOCK);
        assertThat(withdrawn.pendingEvents()).isEmpty();
        assertThat(withdrawn.inForceOn(LocalDate.of(2025, 3, 1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2025-03-31,DEPARTMENT,DELEGATION_NOT_YET_EFFECTIVE", "2025-04-01,TOWNSHIP,DELEGATION_IN_FORCE",
            "2025-07-31,TOWNSHIP,DELEGATION_IN_FORCE", "2025-08-01,DEPARTMENT,DELEGATION_RECALLED"})
    void whoHoldsThePowerOnADate(LocalDate date, PowerHolder.HolderKind kind, PowerHolder.Basis basis) {
        EnforcementItem item = penalty();
        TownshipDelegation d = proposed(item);
        d.approve(CLOCK);
        d.publish(LocalDate.of(2025, 4, 1), null, "a", CLOCK);
        d.recall(LocalDate.of(2025, 7, 31), null, null, "a", CLOCK);
        PowerHolder.Holder holder = PowerHolder.resolve(item, NIUSHAN, date, List.of(d), AGENCIES);
        assertThat(holder.holder()).isEqualTo(kind);
        assertThat(holder.basis()).isEqualTo(basis);
        assertThat(holder.agencyCodes()).containsExactly(kind == PowerHolder.HolderKind.TOWNSHIP
                ? new String[] {NIUSHAN_TOWNSHIP} : new String[] {DH_MARKET, CITY_MARKET});
    }

    @Test
    void relatedCoercionMovesWithThePenaltyAndProposalsDoNotCount() {
        EnforcementItem item = penalty();
        TownshipDelegation d = proposed(item);
        assertThat(PowerHolder.resolve(item, NIUSHAN, LocalDate.of(2025, 5, 1), List.of(d), AGENCIES).holder())
                .isEqualTo(PowerHolder.HolderKind.DEPARTMENT);
        d.approve(CLOCK);
        d.publish(LocalDate.of(2025, 4, 1), null, "a", CLOCK);
        assertThat(d.getCoveredItemIds()).contains("coercion-1");
        assertThat(d.inForceOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void aCancelledItemHasNoHolder() {
        EnforcementItem item = penalty();
        item.cancel(StatusReason.LAW_REPEALED, null, LocalDate.of(2025, 9, 1), "a", CLOCK);
        PowerHolder.Holder holder = PowerHolder.resolve(item, NIUSHAN, LocalDate.of(2025, 9, 1), List.of(), AGENCIES);
        assertThat(holder.holder()).isEqualTo(PowerHolder.HolderKind.NONE);
        assertThat(holder.reasons()).containsExactly(UsabilityReason.ITEM_CANCELLED);
    }

    @Test
    void cityListsSupersedeTheirPredecessor() {
        CityDelegationList first = CityDelegationList.draft(1, null);
        first.publish("连政发〔2025〕1号", CLOCK);
        assertThatThrownBy(() -> first.requireDraft("add")).isInstanceOf(InvalidTransitionException.class);
        CityDelegationList second = CityDelegationList.draft(2, "第二版");
        second.publish("连政发〔2025〕9号", CLOCK);
        assertThat(first.supersede(second.getId(), CLOCK)).isTrue();
        assertThat(first.getStatus()).isEqualTo(CityListStatus.SUPERSEDED);
        assertThat(first.supersede(second.getId(), CLOCK)).isFalse();
        assertThat(second.supersede(second.getId(), CLOCK)).isFalse();
    }
}
