package cn.gov.lyg.enforcement.supervision.problemlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rectification, verification, progress and closing of a problem list. */
class ProblemListTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    static ProblemList list() {
        return ProblemList.create("清单", null, 2025, "a", "b", "320706", List.of(
                new ProblemList.NewItem("重复检查", LocalDate.of(2025, 3, 31)),
                new ProblemList.NewItem("未亮证", LocalDate.of(2025, 4, 30))), TODAY);
    }

    @Test
    void lateRectificationsAreMarkedAndTheListClosesWhenAllAreVerified() {
        ProblemList p = list();
        assertThat(p.progress(LocalDate.of(2025, 4, 1))).isEqualTo(new ProblemList.Progress(2, 2, 0, 0, 1));
        p.rectify(1, "已整改", Instant.parse("2025-04-01T02:00:00Z"));
        assertThat(p.getItems().get(0).late()).isTrue();
        p.verify(1, false, "未到位", LocalDate.of(2025, 5, 15), "c", Instant.parse("2025-04-02T02:00:00Z"));
        assertThat(p.getItems().get(0).status()).isEqualTo(ProblemList.ItemStatus.OPEN);
        assertThat(p.getItems().get(0).dueOn()).isEqualTo(LocalDate.of(2025, 5, 15));
        p.rectify(1, "再次整改", Instant.parse("2025-04-10T02:00:00Z"));
        p.verify(1, true, null, null, "c", Instant.parse("2025-04-11T02:00:00Z"));
        assertThat(p.isClosed()).isFalse();
        p.rectify(2, "已亮证", Instant.parse("2025-04-12T02:00:00Z"));
        p.verify(2, true, null, null, "c", Instant.parse("2025-04-13T02:00:00Z"));
        assertThat(p.isClosed()).isTrue();
        assertThat(p.progress(LocalDate.of(2025, 12, 1))).isEqualTo(new ProblemList.Progress(2, 0, 0, 2, 0));
    }

    @Test
    void dueDatesInThePastAndOutOfOrderActsAreRefused() {
        assertThatThrownBy(() -> ProblemList.create("清单", null, 2025, "a", "b", "320706",
                List.of(new ProblemList.NewItem("x", LocalDate.of(2025, 2, 1))), TODAY)).extracting("code")
                .isEqualTo("DATE_ORDER");
        ProblemList p = list();
        assertThatThrownBy(() -> p.verify(1, true, null, null, "c", Instant.now())).extracting("code")
                .isEqualTo("INVALID_TRANSITION");
        assertThatThrownBy(() -> p.rectify(3, "x", Instant.now())).extracting("code").isEqualTo("NOT_FOUND");
    }
}
