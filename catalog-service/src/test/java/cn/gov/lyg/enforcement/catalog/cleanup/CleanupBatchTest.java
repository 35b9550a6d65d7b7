package cn.gov.lyg.enforcement.catalog.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanupBatchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static CleanupBatch batch() {
        return CleanupBatch.draft("11320706300200020C", "320706", "机构改革清理", List.of(
                new CleanupChange("c1", CleanupAction.CANCEL, "item-1", null, StatusReason.INSTITUTIONAL_REFORM,
                        "海政发〔2025〕1号", LocalDate.of(2025, 9, 1), null, false, null, null),
                new CleanupChange("c2", CleanupAction.SUSPEND, "item-2", null, StatusReason.OTHER, "依据",
                        null, null, false, null, null)), CLOCK);
    }

    @Test
    void fromDraftToPublishedWithEveryChangeApplied() {
        CleanupBatch b = batch();
        assertThat(b.getBatchCode()).startsWith("QL-320706-20250301-");
        b.submit("hz-agency-admin", CLOCK);
        b.review(true, "同意", "hz-supervisor", "11320706300200012H", CLOCK);
        assertThat(b.getStatus()).isEqualTo(CleanupStatus.REVIEWED);
        b.approve(true, null, "city-supervisor", CLOCK);
        b.requirePublishable();
        b.markApplied("c1", "item-1", CLOCK);
        assertThatThrownBy(() -> b.published("catalog-admin", CLOCK)).isInstanceOf(IllegalStateException.class);
        b.markApplied("c2", "item-2", CLOCK);
        b.markApplied("c2", "item-2", CLOCK);
        b.published("catalog-admin", CLOCK);
        assertThat(b.getStatus()).isEqualTo(CleanupStatus.PUBLISHED);
        assertThat(b.getChanges()).allSatisfy(c -> assertThat(c.applied()).isTrue());
        assertThat(b.pendingAudit()).extracting(a -> a.action()).containsExactly("CLEANUP_DRAFTED",
                "CLEANUP_SUBMITTED", "CLEANUP_REVIEWED", "CLEANUP_APPROVED", "CLEANUP_CHANGE_APPLIED",
                "CLEANUP_CHANGE_APPLIED", "CLEANUP_PUBLISHED");
        assertThatThrownBy(b::requirePublishable).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void aRejectedBatchIsTerminal() {
        CleanupBatch reviewed = batch();
        reviewed.submit("a", CLOCK);
        reviewed.review(false, "依据不足", "s", "x", CLOCK);
        assertThat(reviewed.getStatus()).isEqualTo(CleanupStatus.REJECTED);
        assertThat(reviewed.getRejectionReason()).isEqualTo("依据不足");
        assertThatThrownBy(reviewed::requirePublishable).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> reviewed.approve(true, null, "s", CLOCK)).isInstanceOf(InvalidTransitionException.class);
        CleanupBatch approved = batch();
        approved.submit("a", CLOCK);
        approved.review(true, null, "s", "x", CLOCK);
        approved.approve(false, "不予批准", "s", CLOCK);
        assertThat(approved.getStatus()).isEqualTo(CleanupStatus.REJECTED);
    }

    @Test
    void stepsCannotBeSkipped() {
        CleanupBatch b = batch();
        assertThatThrownBy(() -> b.review(true, null, "s", "x", CLOCK)).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> b.approve(true, null, "s", CLOCK)).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(b::requirePublishable).isInstanceOf(InvalidTransitionException.class);
        b.submit("a", CLOCK);
        assertThatThrownBy(() -> b.submit("a", CLOCK)).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> b.approve(true, null, "s", CLOCK)).isInstanceOf(InvalidTransitionException.class);
    }
}
