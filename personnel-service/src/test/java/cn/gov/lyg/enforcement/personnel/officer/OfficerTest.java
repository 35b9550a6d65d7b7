package cn.gov.lyg.enforcement.personnel.officer;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CLOCK;
import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.personnel.OfficerDutyChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerLeftService;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.personnel.Fixtures;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OfficerTest {

    @Test
    void registrationIsAuditedWithTheMaskedNumberOnly() {
        Officer o = Fixtures.newOfficer();
        assertThat(o.getEmploymentStatus()).isEqualTo(EmploymentStatus.ON_DUTY);
        assertThat(o.pendingEvents()).singleElement().isInstanceOfSatisfying(OfficerProfileChanged.class, e -> {
            assertThat(e.aggregateId()).isEqualTo(o.getId());
            assertThat(e.aggregateVersion()).isZero();
            assertThat(e.legalProfessionQualified()).isFalse();
            assertThat(e.legalReviewer()).isFalse();
            assertThat(e.legalReviewerSince()).isNull();
            assertThat(e.employmentStatus()).isEqualTo("ON_DUTY");
        });
        assertThat(o.pendingAudit()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("OFFICER_REGISTERED");
            assertThat(a.details()).containsEntry("idCard", "320706********0416");
        });
    }

    @Test
    void aDesignationAsLegalReviewerIsPublishedWithItsFirstDayAndKeptAfterwards() {
        Officer o = Fixtures.officer();
        OfficerProfile reviewer = new OfficerProfile("张海涛", null, StaffType.CIVIL_SERVANT, "法制审核员",
                Education.BACHELOR, true, true, true, "13912345678", "hz-officer");
        o.updateProfile(reviewer, Gender.MALE, "hz-agency-admin", CLOCK);
        assertThat(o.pendingEvents()).singleElement().isInstanceOfSatisfying(OfficerProfileChanged.class, e -> {
            assertThat(e.legalReviewer()).isTrue();
            assertThat(e.legalProfessionQualified()).isTrue();
            assertThat(e.legalReviewerSince()).isEqualTo(TODAY);
            assertThat(e.actor()).isEqualTo("hz-agency-admin");
        });
        o.pendingEvents().clear();
        o.updateProfile(reviewer, Gender.MALE, "hz-agency-admin",
                java.time.Clock.offset(CLOCK, java.time.Duration.ofDays(30)));
        assertThat(((OfficerProfileChanged) o.pendingEvents().get(0)).legalReviewerSince())
                .as("the first designation counts").isEqualTo(TODAY);
    }

    @Test
    void aTransferMovesTheOfficerAndRaisesTheEvent() {
        Officer o = Fixtures.officer();
        o.transfer("113207003001000970", "320700", TODAY, "hz-agency-admin", "组织调动", CLOCK);
        assertThat(o.getAgencyCode()).isEqualTo("113207003001000970");
        assertThat(o.getRegionCode()).isEqualTo("320700");
        assertThat(o.getTransfers()).singleElement().satisfies(t ->
                assertThat(t.fromAgencyCode()).isEqualTo(Fixtures.HZ_MARKET));
        assertThat(o.pendingEvents()).singleElement().isInstanceOfSatisfying(OfficerTransferred.class, e -> {
            assertThat(e.fromAgencyCode()).isEqualTo(Fixtures.HZ_MARKET);
            assertThat(e.fromRegionCode()).isEqualTo("320706");
            assertThat(e.agencyCode()).isEqualTo("113207003001000970");
            assertThat(e.regionCode()).isEqualTo("320700");
            assertThat(e.employmentStatus()).isEqualTo("ON_DUTY");
            assertThat(e.effectiveDate()).isEqualTo(TODAY);
            assertThat(e.occurredAt().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        });
        assertThatThrownBy(() -> o.transfer("113207003001000970", "320700", TODAY, "x", null, CLOCK))
                .isInstanceOf(ApiException.class).hasMessage("TRANSFER_SAME_AGENCY");
    }

    @Test
    void movingOffTheEnforcementPostAndBack() {
        Officer o = Fixtures.officer();
        o.changeDuty(EmploymentStatus.NON_ENFORCEMENT_POST, TODAY, "hz-agency-admin", null, CLOCK);
        assertThat(o.onDuty(TODAY)).isFalse();
        assertThat(o.onDuty(TODAY.minusDays(1))).isTrue();
        o.changeDuty(EmploymentStatus.ON_DUTY, TODAY.plusDays(3), "hz-agency-admin", null, CLOCK);
        assertThat(o.pendingEvents()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(OfficerDutyChanged.class));
        assertThatThrownBy(() -> o.changeDuty(EmploymentStatus.RETIRED, TODAY, "x", null, CLOCK))
                .hasMessage("EMPLOYMENT_STATUS_INVALID");
    }

    @ParameterizedTest
    @EnumSource(value = EmploymentStatus.class, names = {"TRANSFERRED_OUT", "RETIRED", "RESIGNED", "DISMISSED",
            "DECEASED"})
    void leavingTheServiceIsTerminal(EmploymentStatus status) {
        Officer o = Fixtures.officer();
        o.leave(status, TODAY, "hz-agency-admin", null, CLOCK);
        assertThat(o.pendingEvents()).singleElement().isInstanceOfSatisfying(OfficerLeftService.class,
                e -> assertThat(e.employmentStatus()).isEqualTo(status.name()));
        assertThat(o.onDuty(TODAY)).isFalse();
        assertThat(o.onDuty(TODAY.minusDays(1))).isTrue();
        assertThatThrownBy(() -> o.leave(EmploymentStatus.RETIRED, TODAY, "x", null, CLOCK))
                .isInstanceOfSatisfying(InvalidTransitionException.class,
                        e -> assertThat(e.extensions()).containsEntry("currentStatus", status.name()));
        assertThatThrownBy(() -> o.transfer("113207003001000970", "320700", TODAY, "x", null, CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> o.updateProfile(Fixtures.profile(), Gender.MALE, "x", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void leaveAcceptsOnlyLeavingStatuses() {
        Officer o = Fixtures.officer();
        assertThatThrownBy(() -> o.leave(EmploymentStatus.ON_DUTY, TODAY, "x", null, CLOCK))
                .hasMessage("EMPLOYMENT_STATUS_INVALID");
    }

    @Test
    void aFullReadIsAuditedWithoutTheNumber() {
        Officer o = Fixtures.officer();
        o.recordFullIdRead("hz-agency-admin", "证件制作");
        assertThat(o.pendingAudit()).last().satisfies(a -> {
            assertThat(a.action()).isEqualTo("OFFICER_ID_CARD_READ");
            assertThat(a.details()).containsEntry("reader", "hz-agency-admin").containsEntry("purpose", "证件制作");
        });
    }

    @Test
    void mobileNumbersAreMaskedInViews() {
        assertThat(OfficerView.maskMobile("13912345678")).isEqualTo("139****5678");
        assertThat(OfficerView.maskMobile(null)).isNull();
        assertThat(OfficerView.of(Fixtures.officer()).idCardNo()).isEqualTo("320706********0416");
    }
}
