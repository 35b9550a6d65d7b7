package cn.gov.lyg.enforcement.catalog.lawchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemDefinition;
import cn.gov.lyg.enforcement.catalog.item.ItemFixtures;
import cn.gov.lyg.enforcement.catalog.item.LawRef;
import cn.gov.lyg.enforcement.events.catalog.LawChangeRecorded;
import cn.gov.lyg.enforcement.events.vocabulary.LawChangeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawChangeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LawRef ART_122 = ItemFixtures.FOOD_SAFETY_122;

    @Test
    void aProvisionIsCitedByLawAndArticleOrByTheWholeLaw() {
        assertThat(LawChange.cites(ART_122, "中华人民共和国食品安全法", "第一百二十二条")).isTrue();
        assertThat(LawChange.cites(ART_122, " 中华人民共和国食品安全法 ", " 第一百二十二条")).isTrue();
        assertThat(LawChange.cites(ART_122, "中华人民共和国食品安全法", null)).isTrue();
        assertThat(LawChange.cites(ART_122, "中华人民共和国食品安全法", "")).isTrue();
        assertThat(LawChange.cites(ART_122, "中华人民共和国食品安全法", "第一百二十六条")).isFalse();
        assertThat(LawChange.cites(ART_122, "中华人民共和国安全生产法", "第一百二十二条")).isFalse();
    }

    @Test
    void itemsAreFlaggedForTheBasisTheyCiteItIn() {
        ItemDefinition d = ItemFixtures.foodLicencePenalty();
        ItemDefinition onlyImplementing = new ItemDefinition(d.itemCode(), null, d.name(), d.itemType(), d.domain(),
                null, List.of(new LawRef("中华人民共和国行政处罚法", "第二十四条", null, null)), d.implementingBasis(),
                d.implementingAgencyCodes(), null, d.exerciseLevels(), d.exerciseMode(), false, false, List.of(), null,
                d.validFrom(), null);
        EnforcementItem item = EnforcementItem.draft(onlyImplementing, CLOCK);
        assertThat(LawChangeService.citedAs(item, "中华人民共和国食品安全法", "第一百二十二条"))
                .containsExactly("IMPLEMENTING");
        assertThat(LawChangeService.citedAs(EnforcementItem.draft(d, CLOCK), "中华人民共和国食品安全法", null))
                .containsExactly("SETTING", "IMPLEMENTING");
        assertThat(LawChangeService.citedAs(item, "中华人民共和国行政处罚法", "第二十四条")).containsExactly("SETTING");
        assertThat(LawChangeService.citedAs(item, "中华人民共和国行政处罚法", "第二十五条")).isEmpty();
    }

    @Test
    void progressIsRecordedSoThatARunCanBeResumed() {
        LawChange change = LawChange.record("中华人民共和国食品安全法", "第一百二十二条", LawChangeType.AMENDED,
                LocalDate.of(2025, 6, 1), null, List.of("a", "b"), CLOCK);
        assertThat(change.isCompleted()).isFalse();
        change.flagged(List.of("a"));
        assertThat(change.pendingItemIds()).containsExactly("b");
        change.flagged(List.of("b", "a"));
        assertThat(change.isCompleted()).isTrue();
        assertThat(change.getFlaggedItemIds()).containsExactly("a", "b");
        assertThat(LawChange.record("x", null, LawChangeType.REPEALED, LocalDate.of(2025, 6, 1), null, List.of(), CLOCK)
                .isCompleted()).isTrue();
    }

    @Test
    void recordingALawChangeRaisesItsEventEvenWhenNoItemCitesIt() {
        LawChange change = LawChange.record(" 中华人民共和国食品安全法", "第一百二十四条", LawChangeType.REPEALED,
                LocalDate.of(2025, 6, 1), null, List.of(), CLOCK);
        assertThat(change.pendingEvents()).singleElement().isInstanceOfSatisfying(LawChangeRecorded.class, e -> {
            assertThat(e.aggregateId()).isEqualTo(change.getId());
            assertThat(e.lawName()).isEqualTo("中华人民共和国食品安全法");
            assertThat(e.article()).isEqualTo("第一百二十四条");
            assertThat(e.changeType()).isEqualTo("REPEALED");
            assertThat(e.effectiveDate()).isEqualTo(LocalDate.of(2025, 6, 1));
            assertThat(e.affectedItems()).isZero();
            assertThat(e.occurredAt().toInstant()).isEqualTo(CLOCK.instant());
        });
    }
}
