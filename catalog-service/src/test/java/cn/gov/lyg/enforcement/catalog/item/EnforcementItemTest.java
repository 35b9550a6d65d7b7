package cn.gov.lyg.enforcement.catalog.item;

import static cn.gov.lyg.enforcement.catalog.item.ItemFixtures.foodLicencePenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EnforcementItemTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void aDraftRaisesNoEventButIsAudited() {
        EnforcementItem item = EnforcementItem.draft(foodLicencePenalty(), clock);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.getItemVersion()).isEqualTo(1);
        assertThat(item.pendingEvents()).isEmpty();
        assertThat(item.pendingAudit()).extracting(a -> a.action()).containsExactly("ITEM_DRAFTED");
    }

    @Test
    void publishingActivatesTheItemAndRaisesThePublishedEvent() {
        EnforcementItem item = EnforcementItem.draft(foodLicencePenalty(), clock);
        item.publish("catalog-admin", clock);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(item.getPublishedAt()).isEqualTo(clock.instant());
        assertThat(item.pendingEvents()).singleElement().isInstanceOfSatisfying(EnforcementItemPublished.class, e -> {
            assertThat(e.aggregateId()).isEqualTo(item.getId());
            assertThat(e.regionCode()).isEqualTo("320700");
            assertThat(e.occurredAt().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
            assertThat(e.item().itemCode()).isEqualTo("3207-MKT-PEN-0001");
            assertThat(e.item().status()).isEqualTo("ACTIVE");
            assertThat(e.item().exerciseLevels()).containsExactly("CITY", "COUNTY");
            assertThat(e.item().validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        });
    }

    @Test
    void anActiveItemCannotBePublishedOrRevisedAgain() {
        EnforcementItem item = EnforcementItem.draft(foodLicencePenalty(), clock);
        item.publish("catalog-admin", clock);
        assertThatThrownBy(() -> item.publish("catalog-admin", clock))
                .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_TRANSITION");
                    assertThat(e.extensions()).containsEntry("currentStatus", "ACTIVE")
                            .containsEntry("allowedActions", java.util.List.of("adjust", "suspend", "cancel"));
                });
        assertThatThrownBy(() -> item.revise(foodLicencePenalty(), clock)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void validFromDefaultsToTodayInShanghai() {
        ItemDefinition d = foodLicencePenalty();
        ItemDefinition undated = new ItemDefinition(d.itemCode(), null, d.name(), d.itemType(), d.domain(), null,
                d.settingBasis(), d.implementingBasis(), d.implementingAgencyCodes(), null, d.exerciseLevels(),
                d.exerciseMode(), false, false, null, null, null, null);
        Clock lateEvening = Clock.fixed(Instant.parse("2025-02-28T17:30:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(EnforcementItem.draft(undated, lateEvening).getValidFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
    }
}
