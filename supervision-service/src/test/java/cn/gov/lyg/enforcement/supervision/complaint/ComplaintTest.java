package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.events.vocabulary.ComplaintCategory;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintChannel;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintFinding;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.supervision.ComplaintClosed;
import cn.gov.lyg.enforcement.events.supervision.ComplaintOverdue;
import cn.gov.lyg.enforcement.events.supervision.ComplaintReceived;
import cn.gov.lyg.enforcement.events.supervision.ComplaintTransferred;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The complaint state machine and every deadline on the 2025 State Council calendar (holidays and 调休). */
class ComplaintTest {

    static final String HZ_MARKET = "11320706300200020C";
    static final String DH_MARKET = "11320722300400022W";
    static final Instant NOW = at("2025-12-31", 12);
    static final ComplaintDeadlines DEADLINES =
            new ComplaintDeadlines(WorkingDayCalendar.defaultCalendar(), ComplaintPolicy.defaults());

    static Instant at(String day, int hour) {
        return LocalDateTime.of(LocalDate.parse(day), java.time.LocalTime.of(hour, 0))
                .atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    static Complaint received(String day) {
        return Complaint.receive(ComplaintChannel.HOTLINE_12345, ComplaintKind.COMPLAINT, "12345-" + day, at(day, 9),
                new Complainant("王某", "13800001111", false, true, false), HZ_MARKET, "320706", List.of(), null,
                ComplaintCategory.NO_CERT_SHOWN, "执法人员未出示证件", "hotline-12345", NOW);
    }

    static Complaint routed(String day) {
        Complaint c = received(day);
        c.route(HZ_MARKET, "320706", at(day, 10), "hz-supervisor", DEADLINES, NOW);
        return c;
    }

    static Complaint handling(String acceptedOn) {
        Complaint c = routed(acceptedOn);
        c.sign(at(acceptedOn, 11), DEADLINES, NOW);
        c.accept(at(acceptedOn, 12), DEADLINES, NOW);
        c.investigate(at(acceptedOn, 13), NOW);
        return c;
    }

    @Nested
    class Deadlines {

        @ParameterizedTest(name = "routed {0} → sign/return by {1}")
        @CsvSource({
                "2025-03-12, 2025-03-13",   // ordinary Wednesday
                "2025-03-14, 2025-03-17",   // Friday: weekend skipped
                "2025-04-30, 2025-05-06",   // 劳动节 1–5 May skipped
                "2025-09-30, 2025-10-09",   // 国庆 1–8 Oct skipped
                "2025-04-25, 2025-04-27",   // Friday before 调休 Sunday 27 Apr (a working day)
                "2025-01-24, 2025-01-26",   // Friday before 调休 Sunday 26 Jan
                "2025-02-07, 2025-02-08",   // Friday before 调休 Saturday 8 Feb
                "2025-12-31, 2026-01-04"    // across the year end: 元旦 2026 (1–3 Jan) skipped, 调休 Sunday 4 Jan (2026 file)
        })
        void signDeadlineIsOneWorkingDayAfterTheTransfer(String routedOn, String due) {
            Complaint c = routed(routedOn);
            assertThat(c.getTransfers().get(0).dueOn()).isEqualTo(LocalDate.parse(due));
            assertThat(c.getCurrentDueOn()).isEqualTo(LocalDate.parse(due));
        }

        @ParameterizedTest(name = "signed {0} → acceptance by {1}")
        @CsvSource({
                "2025-03-10, 2025-03-17",
                "2025-05-06, 2025-05-13",
                "2025-01-27, 2025-02-10",   // 春节 28 Jan–4 Feb skipped, 调休 Saturday 8 Feb counted
                "2025-04-24, 2025-04-30",   // 调休 Sunday 27 Apr counted
                "2025-04-28, 2025-05-08"    // 劳动节 1–5 May skipped
        })
        void acceptanceDeadlineIsFiveWorkingDaysAfterSigning(String signedOn, String due) {
            Complaint c = routed(signedOn);
            c.sign(at(signedOn, 11), DEADLINES, NOW);
            assertThat(c.getAcceptDueOn()).isEqualTo(LocalDate.parse(due));
            assertThat(c.getCurrentDueOn()).isEqualTo(LocalDate.parse(due));
        }

        @ParameterizedTest(name = "accepted {0} → handled by {1}")
        @CsvSource({
                "2025-03-03, 2025-03-24",
                "2025-09-26, 2025-10-23",   // 调休 28 Sep and 11 Oct counted, 国庆 skipped
                "2025-05-30, 2025-06-23"    // 端午 31 May–2 Jun skipped
        })
        void handlingDeadlineIsFifteenWorkingDaysAfterAcceptance(String acceptedOn, String due) {
            Complaint c = handling(acceptedOn);
            assertThat(c.getHandlingDueOn()).isEqualTo(LocalDate.parse(due));
            assertThat(c.getCurrentDueOn()).isEqualTo(LocalDate.parse(due));
        }

        @Test
        void oneExtensionOfAtMostFifteenWorkingDaysCountsFromTheOldDeadline() {
            Complaint c = handling("2025-09-26");
            c.extend(15, "案情复杂", "局长 李某", at("2025-10-20", 9), DEADLINES, NOW);
            assertThat(c.getHandlingDueOn()).isEqualTo(LocalDate.of(2025, 11, 13));
            assertThat(c.getExtension().previousDueOn()).isEqualTo(LocalDate.of(2025, 10, 23));
            assertThatThrownBy(() -> c.extend(1, "再次", "局长", at("2025-10-21", 9), DEADLINES, NOW))
                    .isInstanceOf(ApiException.class).extracting("code").isEqualTo("EXTENSION_ALREADY_USED");
        }

        @Test
        void anExtensionIsBoundedAndNeedsApprovalBeforeTheDeadline() {
            Complaint c = handling("2025-03-03");
            assertThatThrownBy(() -> c.extend(16, "r", "局长", at("2025-03-05", 9), DEADLINES, NOW))
                    .extracting("code").isEqualTo("EXTENSION_TOO_LONG");
            assertThatThrownBy(() -> c.extend(0, "r", "局长", at("2025-03-05", 9), DEADLINES, NOW))
                    .extracting("code").isEqualTo("EXTENSION_TOO_LONG");
            assertThatThrownBy(() -> c.extend(5, "r", " ", at("2025-03-05", 9), DEADLINES, NOW))
                    .extracting("code").isEqualTo("EXTENSION_APPROVAL_REQUIRED");
            assertThatThrownBy(() -> c.extend(5, "r", "局长", at("2025-03-25", 9), DEADLINES, NOW))
                    .extracting("code").isEqualTo("EXTENSION_AFTER_DEADLINE");
            assertThat(c.getExtension()).isNull();
        }

        @ParameterizedTest(name = "concluded {0} → reply by {1}")
        @CsvSource({
                "2025-01-24, 2025-02-05",   // 调休 26 Jan counted, 春节 skipped
                "2025-04-02, 2025-04-08",   // 清明 4–6 Apr skipped
                "2025-06-04, 2025-06-09"
        })
        void replyDeadlineIsThreeWorkingDaysAfterAnUnsubstantiatedFinding(String concludedOn, String due) {
            Complaint c = handling(concludedOn);
            c.conclude(ComplaintFinding.UNSUBSTANTIATED, "不属实", null, at(concludedOn, 15), DEADLINES, NOW);
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.CONCLUDED);
            assertThat(c.getReplyDueOn()).isEqualTo(LocalDate.parse(due));
            assertThat(c.getCurrentDueOn()).isEqualTo(LocalDate.parse(due));
        }

        @Test
        void notAcceptingStartsTheReplyPeriod() {
            Complaint c = routed("2025-09-29");
            c.sign(at("2025-09-29", 11), DEADLINES, NOW);
            c.notAccept("已申请行政复议", at("2025-09-30", 9), DEADLINES, NOW);
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.NOT_ACCEPTED);
            assertThat(c.getReplyDueOn()).isEqualTo(LocalDate.of(2025, 10, 11)); // 9, 10, 11 (调休 Saturday)
        }

        @Test
        void aSubstantiatedFindingDemandsRectificationBy30CalendarDaysByDefault() {
            Complaint c = handling("2025-03-03");
            c.conclude(ComplaintFinding.SUBSTANTIATED, "属实", null, at("2025-03-10", 9), DEADLINES, NOW);
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RECTIFICATION_REQUIRED);
            assertThat(c.getRectification().dueOn()).isEqualTo(LocalDate.of(2025, 4, 9));
            assertThat(c.getCurrentDueOn()).isEqualTo(LocalDate.of(2025, 4, 9));
        }

        @Test
        void aYearWithoutCalendarDataIsRefusedNotGuessed() {
            Complaint c = received("2025-03-03");
            ComplaintDeadlines only2025 = new ComplaintDeadlines(WorkingDayCalendar.load(
                    WorkingDayCalendar.defaultSources().stream().filter(u -> u.toString().contains("2025")).toList()),
                    ComplaintPolicy.defaults());
            Complaint late = received("2025-12-31");
            assertThatThrownBy(() -> late.route(HZ_MARKET, "320706", at("2025-12-31", 10), "x", only2025, NOW))
                    .extracting("code").isEqualTo("CALENDAR_YEAR_NOT_LOADED");
            assertThat(late.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
            c.route(HZ_MARKET, "320706", at("2025-03-03", 10), "x", only2025, NOW);
        }
    }

    @Nested
    class Transitions {

        @Test
        void receivingRaisesComplaintReceivedWithoutTheIdentity() {
            Complaint c = received("2025-03-03");
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
            assertThat(c.getCurrentDueOn()).isNull();
            assertThat(c.pendingEvents()).singleElement().isInstanceOfSatisfying(ComplaintReceived.class, e -> {
                assertThat(e.respondentAgencyCode()).isEqualTo(HZ_MARKET);
                assertThat(e.regionCode()).isEqualTo("320706");
                assertThat(e.toString()).doesNotContain("王某").doesNotContain("13800001111");
            });
        }

        @Test
        void hotlineOrdersNeedTheirNumberAndCannotComeFromTheFuture() {
            assertThatThrownBy(() -> Complaint.receive(ComplaintChannel.HOTLINE_12348, null, " ", at("2025-03-03", 9), null,
                    HZ_MARKET, "320706", null, null, ComplaintCategory.OTHER, "x", "c", NOW))
                    .extracting("code").isEqualTo("EXTERNAL_ORDER_REQUIRED");
            assertThatThrownBy(() -> Complaint.receive(ComplaintChannel.LETTER, null, null, at("2026-03-03", 9), null,
                    HZ_MARKET, "320706", null, null, ComplaintCategory.OTHER, "x", "c", NOW))
                    .extracting("code").isEqualTo("DATE_IN_FUTURE");
        }

        @Test
        void wrongAddresseeReturnsWithinOneWorkingDayAndKeepsTheReceiptTime() {
            Complaint c = received("2025-04-30");
            c.route(DH_MARKET, "320722", at("2025-04-30", 10), "city", DEADLINES, NOW);
            c.returnTransfer("不属于本单位", at("2025-05-06", 9), DEADLINES, NOW);
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
            assertThat(c.getTransfers().get(0).returnedAt()).isNotNull();
            assertThat(c.getTransfers().get(0).late()).isFalse();
            assertThat(c.getAssigneeAgencyCode()).isNull();
            c.route(HZ_MARKET, "320706", at("2025-05-06", 10), "city", DEADLINES, NOW);
            assertThat(c.getReceivedAt()).isEqualTo(at("2025-04-30", 9));
            assertThat(c.getTransfers()).hasSize(2);
            assertThat(c.getAssigneeAgencyCode()).isEqualTo(HZ_MARKET);
            assertThat(c.pendingEvents()).filteredOn(ComplaintTransferred.class::isInstance).hasSize(2);
        }

        @Test
        void aLateReturnIsRecordedAsLate() {
            Complaint c = received("2025-03-03");
            c.route(DH_MARKET, "320722", at("2025-03-03", 10), "city", DEADLINES, NOW);
            c.returnTransfer("不属于本单位", at("2025-03-05", 9), DEADLINES, NOW);
            assertThat(c.getTransfers().get(0).late()).isTrue();
            assertThatThrownBy(() -> {
                Complaint d = routed("2025-03-03");
                d.returnTransfer(" ", null, DEADLINES, NOW);
            }).extracting("code").isEqualTo("RETURN_REASON_REQUIRED");
        }

        @Test
        void aLateSignatureIsRecorded() {
            Complaint c = routed("2025-03-03");
            c.sign(at("2025-03-05", 9), DEADLINES, NOW);
            assertThat(c.getTransfers().get(0).late()).isTrue();
            Complaint d = routed("2025-03-03");
            d.sign(at("2025-03-04", 23), DEADLINES, NOW);
            assertThat(d.getTransfers().get(0).late()).isFalse();
        }

        @Test
        void theSubstantiatedPathRunsToClosedAndRaisesComplaintClosed() {
            Complaint c = handling("2025-03-03");
            c.conclude(ComplaintFinding.PARTLY, "部分属实", LocalDate.of(2025, 3, 31), at("2025-03-10", 9), DEADLINES, NOW);
            c.submitRectification("已整改", at("2025-03-20", 9), NOW);
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RECTIFIED);
            assertThat(c.getCurrentDueOn()).isNull();
            c.verify(false, "未整改到位", LocalDate.of(2025, 4, 10), "city", at("2025-03-21", 9), DEADLINES, NOW);
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RECTIFICATION_REQUIRED);
            assertThat(c.getCurrentDueOn()).isEqualTo(LocalDate.of(2025, 4, 10));
            c.submitRectification("再次整改", at("2025-04-01", 9), NOW);
            c.verify(true, "整改到位", null, "city", at("2025-04-03", 9), DEADLINES, NOW);
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.VERIFIED);
            assertThat(c.getReplyDueOn()).isEqualTo(LocalDate.of(2025, 4, 9)); // 清明 4–6 Apr skipped
            c.reply("电话", at("2025-04-08", 9), NOW);
            c.close(4, at("2025-04-09", 9), NOW);
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
            assertThat(c.pendingEvents()).filteredOn(ComplaintClosed.class::isInstance).singleElement()
                    .satisfies(e -> {
                        ComplaintClosed closed = (ComplaintClosed) e;
                        assertThat(closed.finding()).isEqualTo("PARTLY");
                        assertThat(closed.accepted()).isTrue();
                        assertThat(closed.satisfaction()).isEqualTo(4);
                    });
        }

        @Test
        void transitionsOutOfOrderAreInvalidWithTheAllowedActions() {
            Complaint c = received("2025-03-03");
            assertThatThrownBy(() -> c.sign(null, DEADLINES, NOW)).isInstanceOfSatisfying(
                    InvalidTransitionException.class, e -> assertThat(e.extensions().get("allowedActions"))
                            .isEqualTo(List.of("route", "urge")));
            Complaint h = handling("2025-03-03");
            assertThatThrownBy(() -> h.reply("电话", null, NOW)).isInstanceOf(InvalidTransitionException.class);
            assertThatThrownBy(() -> h.close(null, null, NOW)).isInstanceOf(InvalidTransitionException.class);
            assertThatThrownBy(() -> h.accept(null, DEADLINES, NOW)).isInstanceOf(InvalidTransitionException.class);
            assertThatThrownBy(() -> h.reopen("x", null, DEADLINES, NOW)).isInstanceOf(InvalidTransitionException.class);
        }

        @Test
        void actsCannotPrecedeThePreviousOneNorLieInTheFuture() {
            Complaint c = routed("2025-03-05");
            assertThatThrownBy(() -> c.sign(at("2025-03-04", 9), DEADLINES, NOW)).extracting("code")
                    .isEqualTo("DATE_ORDER");
            assertThatThrownBy(() -> c.sign(at("2026-01-05", 9), DEADLINES, NOW)).extracting("code")
                    .isEqualTo("DATE_IN_FUTURE");
        }

        @Test
        void reopeningWithinFifteenDaysStartsANewHandlingPeriodWithANewExtension() {
            Complaint c = handling("2025-03-03");
            c.extend(5, "复杂", "局长", at("2025-03-05", 9), DEADLINES, NOW);
            c.conclude(ComplaintFinding.UNSUBSTANTIATED, "不属实", null, at("2025-03-10", 9), DEADLINES, NOW);
            c.reply("书面", at("2025-03-11", 9), NOW);
            c.close(1, at("2025-03-12", 9), NOW);
            c.reopen("投诉人不满意", at("2025-03-27", 9), DEADLINES, NOW);
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.REOPENED);
            assertThat(c.getReopenCount()).isEqualTo(1);
            assertThat(c.getHandlingDueOn()).isEqualTo(LocalDate.of(2025, 4, 18)); // 15 wd, 清明 skipped
            assertThat(c.getExtension()).isNull();
            c.investigate(at("2025-03-28", 9), NOW);
            c.extend(3, "复杂", "局长", at("2025-03-28", 10), DEADLINES, NOW);
            assertThat(c.getHandlingDueOn()).isEqualTo(LocalDate.of(2025, 4, 23));
        }

        @Test
        void reopeningAfterFifteenDaysIsRefused() {
            Complaint c = handling("2025-03-03");
            c.conclude(ComplaintFinding.UNSUBSTANTIATED, "不属实", null, at("2025-03-10", 9), DEADLINES, NOW);
            c.reply("书面", at("2025-03-11", 9), NOW);
            c.close(null, at("2025-03-12", 9), NOW);
            assertThatThrownBy(() -> c.reopen("不满意", at("2025-03-28", 9), DEADLINES, NOW)).extracting("code")
                    .isEqualTo("REOPEN_WINDOW_PASSED");
            assertThat(c.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        }

        @Test
        void urgingIsRecordedInOpenStatesOnly() {
            Complaint c = routed("2025-03-03");
            c.urge("请尽快签收", "city", at("2025-03-05", 9), NOW);
            assertThat(c.getUrges()).hasSize(1);
            Complaint closed = handling("2025-03-03");
            closed.conclude(ComplaintFinding.UNSUBSTANTIATED, null, null, at("2025-03-04", 9), DEADLINES, NOW);
            closed.reply("电话", at("2025-03-04", 10), NOW);
            assertThatThrownBy(() -> closed.urge("x", "city", null, NOW))
                    .isInstanceOf(InvalidTransitionException.class);
        }
    }

    @Nested
    class Overdue {

        @Test
        void aDeadlineExpiresAtTheEndOfItsDay() {
            Complaint c = routed("2025-04-30"); // sign by 6 May
            assertThat(c.overdueAsOf(LocalDate.of(2025, 5, 6))).isFalse();
            assertThat(c.overdueAsOf(LocalDate.of(2025, 5, 7))).isTrue();
            assertThat(c.flagOverdue(LocalDate.of(2025, 5, 6), "320700", DEADLINES, NOW)).isFalse();
        }

        @Test
        void theJobFlagsOncePerStageAndEscalatesAfterFiveWorkingDays() {
            Complaint c = routed("2025-04-30");
            c.pendingEvents().clear();
            assertThat(c.flagOverdue(LocalDate.of(2025, 5, 7), "320700", DEADLINES, NOW)).isTrue();
            assertThat(c.getOverdueFlags()).singleElement().satisfies(f -> {
                assertThat(f.stage()).isEqualTo(ComplaintStatus.TRANSFERRED);
                assertThat(f.dueOn()).isEqualTo(LocalDate.of(2025, 5, 6));
            });
            assertThat(c.isEscalated()).isFalse();
            assertThat(c.flagOverdue(LocalDate.of(2025, 5, 9), "320700", DEADLINES, NOW)).isFalse();
            // 7, 8, 9, 12, 13 May: five working days past → escalated to the city bureau
            assertThat(c.flagOverdue(LocalDate.of(2025, 5, 12), "320700", DEADLINES, NOW)).isFalse();
            assertThat(c.flagOverdue(LocalDate.of(2025, 5, 13), "320700", DEADLINES, NOW)).isTrue();
            assertThat(c.isEscalated()).isTrue();
            assertThat(c.getEscalatedToRegionCode()).isEqualTo("320700");
            assertThat(c.getOverdueFlags()).hasSize(1);
            List<ComplaintOverdue> events = c.pendingEvents().stream().filter(ComplaintOverdue.class::isInstance)
                    .map(ComplaintOverdue.class::cast).toList();
            assertThat(events).hasSize(2);
            assertThat(events.get(0).escalated()).isFalse();
            assertThat(events.get(0).overdueWorkingDays()).isEqualTo(1);
            assertThat(events.get(1).escalated()).isTrue();
            assertThat(events.get(1).overdueWorkingDays()).isEqualTo(5);
        }

        @Test
        void aLaterStageIsFlaggedAgainWhenItsOwnDeadlinePasses() {
            Complaint c = routed("2025-03-03");
            c.flagOverdue(LocalDate.of(2025, 3, 5), "320700", DEADLINES, NOW);
            c.sign(at("2025-03-05", 10), DEADLINES, NOW); // accept by 12 Mar
            assertThat(c.flagOverdue(LocalDate.of(2025, 3, 12), "320700", DEADLINES, NOW)).isFalse();
            assertThat(c.flagOverdue(LocalDate.of(2025, 3, 13), "320700", DEADLINES, NOW)).isTrue();
            assertThat(c.getOverdueFlags()).extracting(OverdueFlag::stage)
                    .containsExactly(ComplaintStatus.TRANSFERRED, ComplaintStatus.SIGNED);
        }

        @Test
        void stagesWithoutADeadlineNeverGoOverdue() {
            Complaint c = received("2025-03-03");
            assertThat(c.flagOverdue(LocalDate.of(2025, 12, 1), "320700", DEADLINES, NOW)).isFalse();
            Complaint r = handling("2025-03-03");
            r.conclude(ComplaintFinding.SUBSTANTIATED, null, null, at("2025-03-04", 9), DEADLINES, NOW);
            r.submitRectification("已整改", at("2025-03-05", 9), NOW);
            assertThat(r.overdueAsOf(LocalDate.of(2025, 12, 1))).isFalse();
        }
    }
}
