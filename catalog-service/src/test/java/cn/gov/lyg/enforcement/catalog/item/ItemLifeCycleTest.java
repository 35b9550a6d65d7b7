package cn.gov.lyg.enforcement.catalog.item;

import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.foodLicencePenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.catalog.EnforcementItemAdjusted;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemResumed;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemReviewRequired;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemLifeCycleTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private EnforcementItem active() {
        EnforcementItem item = EnforcementItem.draft(foodLicencePenalty(), clock);
        item.publish("catalog-admin", clock);
        item.pendingEvents().clear();
        item.pendingAudit().clear();
        return item;
    }

    private static ItemDefinition renamed(String name) {
        ItemDefinition d = foodLicencePenalty();
        return new ItemDefinition(d.itemCode(), null, name, d.itemType(), d.domain(), null, d.settingBasis(),
                d.implementingBasis(), d.implementingAgencyCodes(), d.handlingUnit(), d.exerciseLevels(),
                d.exerciseMode(), false, false, List.of(), null, null, null);
    }

    @Test
    void adjustingMakesANewVersionAndEndsTheOldOneTheDayBefore() {
        EnforcementItem item = active();
        item.adjust(renamed("新名称"), LocalDate.of(2025, 6, 1), StatusReason.LAW_AMENDED, "食品安全法修正", "admin",
                clock);
        assertThat(item.getItemVersion()).isEqualTo(2);
        assertThat(item.getValidFrom()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(item.getStatus()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(item.getHistory()).singleElement().satisfies(h -> {
            assertThat(h.itemVersion()).isEqualTo(1);
            assertThat(h.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(h.validTo()).isEqualTo(LocalDate.of(2025, 5, 31));
            assertThat(h.definition().name()).isEqualTo(foodLicencePenalty().name());
        });
        assertThat(item.versionOn(LocalDate.of(2025, 5, 31))).get().extracting(v -> v.itemVersion()).isEqualTo(1);
        assertThat(item.versionOn(LocalDate.of(2025, 6, 1))).get().extracting(v -> v.itemVersion()).isEqualTo(2);
        assertThat(item.versionOn(LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(item.pendingEvents()).singleElement().isInstanceOfSatisfying(EnforcementItemAdjusted.class, e -> {
            assertThat(e.previousItemVersion()).isEqualTo(1);
            assertThat(e.previousValidTo()).isEqualTo(LocalDate.of(2025, 5, 31));
            assertThat(e.item().itemVersion()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("LAW_AMENDED");
        });
        assertThat(item.pendingAudit()).extracting(a -> a.action()).containsExactly("ITEM_ADJUSTED");
    }

    @Test
    void adjustmentsKeepTheCodeAndStartAfterTheCurrentVersion() {
        EnforcementItem item = active();
        ItemDefinition otherCode = ItemFixtures.with(foodLicencePenalty(), ItemType.PENALTY, ExerciseMode.DIRECT,
                "3207-MKT-PEN-0099");
        assertThatThrownBy(() -> item.adjust(otherCode, LocalDate.of(2025, 6, 1), null, null, "a", clock))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("ITEM_CODE_IMMUTABLE"));
        assertThatThrownBy(() -> item.adjust(renamed("x"), LocalDate.of(2025, 1, 1), null, null, "a", clock))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("EFFECTIVE_DATE_INVALID"));
        item.adjust(renamed("x"), LocalDate.of(2025, 1, 2), null, null, "a", clock);
        assertThat(item.getHistory().get(0).validTo()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(item.getStatusReason()).isEqualTo(StatusReason.OTHER);
    }

    @Test
    void adjustWithoutDateStartsTodayInShanghai() {
        Clock late = Clock.fixed(Instant.parse("2025-03-01T16:30:00Z"), ZoneId.of("Asia/Shanghai"));
        EnforcementItem item = active();
        item.adjust(renamed("x"), null, null, null, "a", late);
        assertThat(item.getValidFrom()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(item.getHistory().get(0).validTo()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void suspendAndResumeCloseTheSuspensionTheDayBeforeResumption() {
        EnforcementItem item = active();
        item.suspend(StatusReason.INSTITUTIONAL_REFORM, "机构改革", LocalDate.of(2025, 4, 1), null, "a", clock);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.SUSPENDED);
        assertThat(item.suspensionOn(LocalDate.of(2025, 3, 31))).isEmpty();
        assertThat(item.suspensionOn(LocalDate.of(2030, 1, 1))).isPresent();
        assertThat(item.pendingEvents()).singleElement().isInstanceOf(EnforcementItemSuspended.class);
        assertThatThrownBy(() -> item.suspend(StatusReason.OTHER, null, null, null, "a", clock))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> item.adjust(renamed("x"), LocalDate.of(2025, 6, 1), null, null, "a", clock))
                .isInstanceOf(InvalidTransitionException.class);
        item.resume(LocalDate.of(2025, 5, 1), "a", clock);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(item.suspensionOn(LocalDate.of(2025, 4, 30))).isPresent();
        assertThat(item.suspensionOn(LocalDate.of(2025, 5, 1))).isEmpty();
        assertThat(item.pendingEvents()).last().isInstanceOf(EnforcementItemResumed.class);
        assertThatThrownBy(() -> item.resume(null, "a", clock)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void aSuspensionWithAnEndDateBlocksThroughThatDayInclusive() {
        EnforcementItem item = active();
        item.suspend(StatusReason.OTHER, null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), "a", clock);
        assertThat(item.suspensionOn(LocalDate.of(2025, 4, 30))).isPresent();
        assertThat(item.suspensionOn(LocalDate.of(2025, 5, 1))).isEmpty();
        assertThatThrownBy(() -> active().suspend(StatusReason.OTHER, null, LocalDate.of(2025, 4, 2),
                LocalDate.of(2025, 4, 1), "a", clock)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("VALIDITY_RANGE"));
        assertThatThrownBy(() -> active().suspend(null, null, null, null, "a", clock))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
    }

    @Test
    void cancelIsTerminalFromActiveOrSuspended() {
        EnforcementItem item = active();
        item.cancel(StatusReason.LAW_REPEALED, null, LocalDate.of(2025, 9, 1), "a", clock);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.CANCELLED);
        assertThat(item.getCancelledFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(item.pendingEvents()).singleElement().isInstanceOfSatisfying(EnforcementItemCancelled.class,
                e -> assertThat(e.effectiveDate()).isEqualTo(LocalDate.of(2025, 9, 1)));
        for (Runnable action : List.<Runnable>of(
                () -> item.cancel(StatusReason.OTHER, null, null, "a", clock),
                () -> item.suspend(StatusReason.OTHER, null, null, null, "a", clock),
                () -> item.resume(null, "a", clock),
                () -> item.adjust(renamed("x"), null, null, null, "a", clock),
                () -> item.publish("a", clock))) {
            assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidTransitionException.class,
                    e -> assertThat(e.extensions()).containsEntry("allowedActions", List.of()));
        }
        EnforcementItem suspended = active();
        suspended.suspend(StatusReason.OTHER, null, null, null, "a", clock);
        suspended.cancel(StatusReason.NO_PRACTICAL_EFFECT, null, null, "a", clock);
        assertThat(suspended.getCancelledFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void cancelNeedsAReasonAndCannotPrecedeTheVersion() {
        assertThatThrownBy(() -> active().cancel(null, null, null, "a", clock))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
        assertThatThrownBy(() -> active().cancel(StatusReason.OTHER, null, LocalDate.of(2024, 12, 31), "a", clock))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("EFFECTIVE_DATE_INVALID"));
        EnforcementItem draft = EnforcementItem.draft(foodLicencePenalty(), clock);
        assertThatThrownBy(() -> draft.cancel(StatusReason.OTHER, null, null, "a", clock))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void aReviewFlagIsRaisedOncePerLawChangeAndClearedByAnAdjustment() {
        EnforcementItem item = active();
        assertThat(item.flagForReview("lc-1", "中华人民共和国食品安全法", "第一百二十二条", "AMENDED",
                LocalDate.of(2025, 6, 1), List.of("SETTING", "IMPLEMENTING"), clock)).isTrue();
        assertThat(item.flagForReview("lc-1", "中华人民共和国食品安全法", "第一百二十二条", "AMENDED",
                LocalDate.of(2025, 6, 1), List.of("SETTING"), clock)).isFalse();
        assertThat(item.isReviewRequired()).isTrue();
        assertThat(item.pendingEvents()).singleElement().isInstanceOf(EnforcementItemReviewRequired.class);
        item.adjust(renamed("x"), LocalDate.of(2025, 6, 1), StatusReason.LAW_AMENDED, null, "a", clock);
        assertThat(item.isReviewRequired()).isFalse();
        assertThat(item.getReviewFlags()).hasSize(1);
    }
}
