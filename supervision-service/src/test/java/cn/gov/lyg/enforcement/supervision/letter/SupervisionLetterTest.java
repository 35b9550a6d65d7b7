package cn.gov.lyg.enforcement.supervision.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.supervision.SupervisionLetterEscalated;
import cn.gov.lyg.enforcement.events.supervision.SupervisionLetterIssued;
import cn.gov.lyg.enforcement.events.vocabulary.EscalationMeasure;
import cn.gov.lyg.enforcement.events.vocabulary.SupervisionLetterType;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AS-43: the letter's rectification deadline, responses, verification and escalation. */
class SupervisionLetterTest {

    static final Instant NOW = Instant.parse("2025-12-31T04:00:00Z");

    static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    static SupervisionLetter issued(String day) {
        SupervisionLetter l = SupervisionLetter.draft(SupervisionLetterType.SUPERVISION_LETTER, "连司督〔2025〕3号",
                "113207003001000115", "11320707300300021G", "320707", "COMPLAINT", "c-1", List.of("未亮证执法"),
                "限期整改", null);
        l.issue(at(day), NOW);
        return l;
    }

    @Test
    void issuedOnThirdOfNovemberIsDueOnThirdOfDecemberAndARespondedVerifiedLetterCloses() {
        SupervisionLetter l = issued("2025-11-03");
        assertThat(l.getRectificationDueOn()).isEqualTo(LocalDate.of(2025, 12, 3));
        assertThat(l.pendingEvents()).singleElement().isInstanceOf(SupervisionLetterIssued.class);
        l.acknowledge(at("2025-11-04"), NOW);
        l.respond("已整改", List.of("整改报告.pdf"), "gy-admin", at("2025-11-28"), NOW);
        assertThat(l.getResponses()).singleElement().extracting(SupervisionLetter.Response::late).isEqualTo(false);
        l.verify(true, "整改到位", null, "city", at("2025-12-01"), NOW);
        l.close(at("2025-12-01"), NOW);
        assertThat(l.getStatus()).isEqualTo(LetterStatus.CLOSED);
        assertThat(l.escalateIfOverdue(LocalDate.of(2025, 12, 31), NOW)).isFalse();
    }

    @Test
    void withoutAReportByTheDueDateTheJobEscalates() {
        SupervisionLetter l = issued("2025-11-03");
        assertThat(l.escalateIfOverdue(LocalDate.of(2025, 12, 3), NOW)).isFalse();
        assertThat(l.overdueAsOf(LocalDate.of(2025, 12, 4))).isTrue();
        assertThat(l.escalateIfOverdue(LocalDate.of(2025, 12, 4), NOW)).isTrue();
        assertThat(l.getStatus()).isEqualTo(LetterStatus.ESCALATED);
        assertThat(l.getEscalationMeasure()).isEqualTo(EscalationMeasure.CIRCULATE);
        assertThat(l.pendingEvents()).filteredOn(SupervisionLetterEscalated.class::isInstance).hasSize(1);
        assertThat(l.escalateIfOverdue(LocalDate.of(2025, 12, 5), NOW)).isFalse();
        assertThatThrownBy(() -> l.respond("迟到的报告", null, "x", at("2025-12-05"), NOW))
                .isInstanceOf(InvalidTransitionException.class);
        l.close(at("2025-12-10"), NOW);
    }

    @Test
    void aFailedVerificationReopensTheDeadlineAndALateReportIsMarked() {
        SupervisionLetter l = issued("2025-11-03");
        l.respond("部分整改", null, "gy-admin", at("2025-12-05"), NOW);
        assertThat(l.getResponses().get(0).late()).isTrue();
        l.verify(false, "未整改到位", LocalDate.of(2025, 12, 20), "city", at("2025-12-06"), NOW);
        assertThat(l.getStatus()).isEqualTo(LetterStatus.VERIFIED_NOT_OK);
        assertThat(l.getCurrentDueOn()).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(l.escalateIfOverdue(LocalDate.of(2025, 12, 20), NOW)).isFalse();
        assertThat(l.escalateIfOverdue(LocalDate.of(2025, 12, 21), NOW)).isTrue();
    }

    @Test
    void theStateMachineRefusesOutOfOrderActsAndBadPeriods() {
        SupervisionLetter draft = SupervisionLetter.draft(SupervisionLetterType.OPINION, null, "a", "b", "320706",
                null, null, List.of("x"), null, 10);
        assertThatThrownBy(() -> draft.respond("r", null, "x", null, NOW)).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> draft.close(null, NOW)).isInstanceOf(InvalidTransitionException.class);
        draft.issue(at("2025-06-01"), NOW);
        assertThat(draft.getRectificationDueOn()).isEqualTo(LocalDate.of(2025, 6, 11));
        assertThatThrownBy(() -> draft.verify(true, null, null, "c", null, NOW))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> SupervisionLetter.draft(SupervisionLetterType.OPINION, null, "a", "b", "320706",
                null, null, List.of("x"), null, 0)).extracting("code").isEqualTo("RECTIFICATION_PERIOD_INVALID");
        SupervisionLetter interviewed = issued("2025-11-03");
        interviewed.escalate(EscalationMeasure.INTERVIEW, "约谈负责人", LocalDate.of(2025, 11, 20), NOW);
        assertThat(interviewed.getStatus()).isEqualTo(LetterStatus.ESCALATED);
    }
}
