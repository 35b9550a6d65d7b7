package cn.gov.lyg.enforcement.catalog.usability;

import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.AGENCIES;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.CITY_ECOLOGY;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.CITY_MARKET;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.DH_MARKET;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.HZ_MARKET;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.NIUSHAN_TOWNSHIP;
import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.foodLicencePenalty;
import static cn.gov.lyg.enforcement.catalog.usability.UsabilityReason.AGENCY_NOT_IMPLEMENTING;
import static cn.gov.lyg.enforcement.catalog.usability.UsabilityReason.AGENCY_UNKNOWN;
import static cn.gov.lyg.enforcement.catalog.usability.UsabilityReason.DELEGATED_TO_TOWNSHIP;
import static cn.gov.lyg.enforcement.catalog.usability.UsabilityReason.ITEM_CANCELLED;
import static cn.gov.lyg.enforcement.catalog.usability.UsabilityReason.ITEM_EXPIRED;
import static cn.gov.lyg.enforcement.catalog.usability.UsabilityReason.ITEM_NOT_PUBLISHED;
import static cn.gov.lyg.enforcement.catalog.usability.UsabilityReason.ITEM_NOT_YET_VALID;
import static cn.gov.lyg.enforcement.catalog.usability.UsabilityReason.ITEM_SUSPENDED;
import static cn.gov.lyg.enforcement.catalog.usability.UsabilityReason.REGION_OUTSIDE_AGENCY_AREA;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.catalog.item.ItemFixtures;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemUsabilityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate D = LocalDate.of(2025, 6, 15);

    private static EnforcementItem active() {
        EnforcementItem item = EnforcementItem.draft(foodLicencePenalty(), CLOCK);
        item.publish("admin", CLOCK);
        return item;
    }

    private static Usability ask(EnforcementItem item, String agency, String region, LocalDate date) {
        return ItemUsability.evaluate(item, agency, AGENCIES.get(agency), region, null, date, List.of());
    }

    @Test
    void anImplementingAgencyInItsOwnAreaMayUseAnActiveItem() {
        Usability u = ask(active(), HZ_MARKET, "320706", D);
        assertThat(u.usable()).isTrue();
        assertThat(u.reasons()).isEmpty();
        assertThat(u.capacity()).isEqualTo(Usability.Capacity.DIRECT);
        assertThat(u.itemVersion()).isEqualTo(1);
        assertThat(u.itemType()).isEqualTo(ItemType.PENALTY);
        assertThat(u.implementingBasis()).isNotEmpty();
        assertThat(ask(active(), CITY_MARKET, "320722", D).usable()).isTrue();
        assertThat(ask(active(), CITY_MARKET, null, D).usable()).isTrue();
    }

    @Test
    void aDraftIsNotPublished() {
        EnforcementItem draft = EnforcementItem.draft(foodLicencePenalty(), CLOCK);
        assertThat(ask(draft, HZ_MARKET, "320706", D).reasons()).containsExactly(ITEM_NOT_PUBLISHED);
    }

    @ParameterizedTest
    @CsvSource({"2024-12-31,false", "2025-01-01,true"})
    void validityStartsAtTheFirstDayInclusive(LocalDate date, boolean usable) {
        Usability u = ask(active(), HZ_MARKET, "320706", date);
        assertThat(u.usable()).isEqualTo(usable);
        if (!usable) {
            assertThat(u.reasons()).containsExactly(ITEM_NOT_YET_VALID);
        }
    }

    @Test
    void validityEndsAtValidToInclusive() {
        ItemDefinition d = foodLicencePenalty();
        ItemDefinition limited = new ItemDefinition(d.itemCode(), null, d.name(), d.itemType(), d.domain(), null,
                d.settingBasis(), d.implementingBasis(), d.implementingAgencyCodes(), null, d.exerciseLevels(),
                d.exerciseMode(), false, false, List.of(), null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        EnforcementItem item = EnforcementItem.draft(limited, CLOCK);
        item.publish("a", CLOCK);
        assertThat(ask(item, HZ_MARKET, null, LocalDate.of(2025, 6, 30)).usable()).isTrue();
        assertThat(ask(item, HZ_MARKET, null, LocalDate.of(2025, 7, 1)).reasons()).containsExactly(ITEM_EXPIRED);
    }

    @ParameterizedTest
    @CsvSource({"2025-08-20,true", "2025-08-31,true", "2025-09-01,false", "2026-01-01,false"})
    void as26CancelledFromItsEffectiveDateEarlierCasesContinue(LocalDate date, boolean usable) {
        EnforcementItem item = active();
        item.cancel(StatusReason.LAW_REPEALED, null, LocalDate.of(2025, 9, 1), "a", CLOCK);
        Usability u = ask(item, HZ_MARKET, "320706", date);
        assertThat(u.usable()).isEqualTo(usable);
        assertThat(u.reasons()).isEqualTo(usable ? List.of() : List.of(ITEM_CANCELLED));
    }

    @ParameterizedTest
    @CsvSource({"2025-03-31,true", "2025-04-01,false", "2025-04-30,false", "2025-05-01,true"})
    void suspensionBoundsAreInclusive(LocalDate date, boolean usable) {
        EnforcementItem item = active();
        item.suspend(StatusReason.OTHER, null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), "a", CLOCK);
        Usability u = ask(item, HZ_MARKET, "320706", date);
        assertThat(u.usable()).isEqualTo(usable);
        assertThat(u.reasons()).isEqualTo(usable ? List.of() : List.of(ITEM_SUSPENDED));
    }

    @Test
    void aResumedItemIsUsableAgainFromTheResumptionDay() {
        EnforcementItem item = active();
        item.suspend(StatusReason.OTHER, null, LocalDate.of(2025, 4, 1), null, "a", CLOCK);
        assertThat(ask(item, HZ_MARKET, null, LocalDate.of(2026, 1, 1)).reasons()).containsExactly(ITEM_SUSPENDED);
        item.resume(LocalDate.of(2025, 5, 10), "a", CLOCK);
        assertThat(ask(item, HZ_MARKET, null, LocalDate.of(2025, 5, 9)).reasons()).containsExactly(ITEM_SUSPENDED);
        assertThat(ask(item, HZ_MARKET, null, LocalDate.of(2025, 5, 10)).usable()).isTrue();
    }

    @Test
    void theVersionInForceOnTheDateDecidesWhoImplements() {
        EnforcementItem item = active();
        ItemDefinition cityOnly = ItemFixtures.withAgencies(foodLicencePenalty(), List.of(CITY_MARKET),
                java.util.Set.of(cn.gov.lyg.enforcement.events.vocabulary.AdminLevel.CITY));
        item.adjust(cityOnly, LocalDate.of(2025, 7, 1), StatusReason.INSTITUTIONAL_REFORM, null, "a", CLOCK);
        Usability before = ask(item, HZ_MARKET, "320706", LocalDate.of(2025, 6, 30));
        assertThat(before.usable()).isTrue();
        assertThat(before.itemVersion()).isEqualTo(1);
        Usability after = ask(item, HZ_MARKET, "320706", LocalDate.of(2025, 7, 1));
        assertThat(after.reasons()).containsExactly(AGENCY_NOT_IMPLEMENTING);
        assertThat(after.itemVersion()).isEqualTo(2);
    }

    @Test
    void everyReasonIsReported() {
        EnforcementItem item = active();
        item.suspend(StatusReason.OTHER, null, LocalDate.of(2025, 4, 1), null, "a", CLOCK);
        item.cancel(StatusReason.OTHER, null, LocalDate.of(2025, 5, 1), "a", CLOCK);
        Usability u = ask(item, CITY_ECOLOGY, "320706", LocalDate.of(2025, 6, 1));
        assertThat(u.usable()).isFalse();
        assertThat(u.reasons()).containsExactly(ITEM_CANCELLED, ITEM_SUSPENDED, AGENCY_NOT_IMPLEMENTING);
        assertThat(u.capacity()).isNull();
    }

    @Test
    void unknownAgenciesAndRegionsOutsideTheAgencysArea() {
        assertThat(ask(active(), "91320706MA1XXXXXX1", null, D).reasons()).containsExactly(AGENCY_UNKNOWN);
        assertThat(ask(active(), HZ_MARKET, "320722", D).reasons()).containsExactly(REGION_OUTSIDE_AGENCY_AREA);
        Agency inactive = new Agency(HZ_MARKET, "x", "320706", AGENCIES.get(HZ_MARKET).kind(),
                AGENCIES.get(HZ_MARKET).level(), AGENCIES.get(HZ_MARKET).domains(), false);
        assertThat(ItemUsability.evaluate(active(), HZ_MARKET, inactive, null, null, D, List.of()).reasons())
                .containsExactly(AGENCY_UNKNOWN);
    }

    @Test
    void anEntrustedItemIsUsedInEntrustedCapacity() {
        EnforcementItem item = EnforcementItem.draft(ItemFixtures.with(foodLicencePenalty(), ItemType.PENALTY,
                ExerciseMode.ENTRUSTED, "3207-MKT-PEN-0001"), CLOCK);
        item.publish("a", CLOCK);
        assertThat(ask(item, HZ_MARKET, null, D).capacity()).isEqualTo(Usability.Capacity.ENTRUSTED);
    }

    @Test
    void townshipsUseAnItemOnlyWhileADelegationIsInForce() {
        EnforcementItem item = active();
        DelegationPeriod period = new DelegationPeriod("del-1", DH_MARKET, NIUSHAN_TOWNSHIP, "320722",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 31));
        Agency niushan = AGENCIES.get(NIUSHAN_TOWNSHIP);
        assertThat(ItemUsability.evaluate(item, NIUSHAN_TOWNSHIP, niushan, "320722", null, D, List.of()).reasons())
                .containsExactly(AGENCY_NOT_IMPLEMENTING);
        Usability held = ItemUsability.evaluate(item, NIUSHAN_TOWNSHIP, niushan, "320722", null,
                LocalDate.of(2025, 7, 31), List.of(period));
        assertThat(held.usable()).isTrue();
        assertThat(held.capacity()).isEqualTo(Usability.Capacity.DELEGATED);
        assertThat(held.delegationId()).isEqualTo("del-1");
        assertThat(ItemUsability.evaluate(item, NIUSHAN_TOWNSHIP, niushan, "320722", null, LocalDate.of(2025, 8, 1),
                List.of(period)).reasons()).containsExactly(AGENCY_NOT_IMPLEMENTING);
        assertThat(ItemUsability.evaluate(item, NIUSHAN_TOWNSHIP, niushan, "320706", null, D, List.of(period))
                .reasons()).containsExactly(REGION_OUTSIDE_AGENCY_AREA);
    }

    @Test
    void theDepartmentCannotUseADelegatedItemInsideTheTownshipWhileItIsInForce() {
        EnforcementItem item = active();
        DelegationPeriod period = new DelegationPeriod("del-1", DH_MARKET, NIUSHAN_TOWNSHIP, "320722",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 31));
        Agency dh = AGENCIES.get(DH_MARKET);
        Usability inTownship = ItemUsability.evaluate(item, DH_MARKET, dh, "320722", NIUSHAN_TOWNSHIP, D,
                List.of(period));
        assertThat(inTownship.reasons()).containsExactly(DELEGATED_TO_TOWNSHIP);
        Usability inCounty = ItemUsability.evaluate(item, DH_MARKET, dh, "320722", null, D, List.of(period));
        assertThat(inCounty.usable()).isTrue();
        assertThat(inCounty.delegatedTownships()).containsExactly(NIUSHAN_TOWNSHIP);
        Usability afterRecall = ItemUsability.evaluate(item, DH_MARKET, dh, "320722", NIUSHAN_TOWNSHIP,
                LocalDate.of(2025, 8, 1), List.of(period));
        assertThat(afterRecall.usable()).isTrue();
        assertThat(afterRecall.delegatedTownships()).isEmpty();
    }
}
