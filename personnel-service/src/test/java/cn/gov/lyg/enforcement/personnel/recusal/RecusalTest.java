package cn.gov.lyg.enforcement.personnel.recusal;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CLOCK;
import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStatusChanged;
import cn.gov.lyg.enforcement.events.personnel.RecusalDeclared;
import cn.gov.lyg.enforcement.events.personnel.RecusalWithdrawn;
import cn.gov.lyg.enforcement.events.vocabulary.AuxiliaryTask;
import cn.gov.lyg.enforcement.events.vocabulary.PartyType;
import cn.gov.lyg.enforcement.personnel.auxiliary.AuxiliaryStaff;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecusalTest {

    static final String ENTERPRISE = "91320706MA1XK7C38L";

    Recusal recusal() {
        return Recusal.declare("o2", "11320706300200020C", "320706", PartyType.LEGAL_PERSON, ENTERPRISE, null,
                null, "连云港海宁食品有限公司", "亲属为股东", TODAY, TODAY.plusYears(1), "hz-officer2", CLOCK);
    }

    @Test
    void aDeclarationBlocksTheOfficerForThePartyWithinItsDates() {
        Recusal r = recusal();
        assertThat(r.blocks(ENTERPRISE, null, TODAY)).isTrue();
        assertThat(r.blocks(ENTERPRISE, null, TODAY.plusYears(1))).isTrue();
        assertThat(r.blocks(ENTERPRISE, null, TODAY.plusYears(1).plusDays(1))).isFalse();
        assertThat(r.blocks(ENTERPRISE, null, TODAY.minusDays(1))).isFalse();
        assertThat(r.blocks("91320703MA20LG5Q3U", null, TODAY)).isFalse();
        assertThat(r.pendingEvents()).singleElement().isInstanceOfSatisfying(RecusalDeclared.class, e -> {
            assertThat(e.partyCreditCode()).isEqualTo(ENTERPRISE);
            assertThat(e.officerId()).isEqualTo("o2");
        });
        r.pendingEvents().clear();
        r.withdraw("hz-officer2", CLOCK);
        assertThat(r.blocks(ENTERPRISE, null, TODAY)).isFalse();
        assertThat(r.pendingEvents()).singleElement().isInstanceOfSatisfying(RecusalWithdrawn.class, e -> {
            assertThat(e.aggregateId()).isEqualTo(r.getId());
            assertThat(e.officerId()).isEqualTo("o2");
            assertThat(e.partyCreditCode()).isEqualTo(ENTERPRISE);
            assertThat(e.effectiveDate()).isEqualTo(TODAY);
        });
        assertThatThrownBy(() -> r.withdraw("hz-officer2", CLOCK)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void citizensAreMatchedByTheKeyedHash() {
        Recusal r = Recusal.declare("o2", "11320706300200020C", "320706", PartyType.CITIZEN, null, "h1",
                "320706********0416", null, "配偶", TODAY, null, "hz-officer2", CLOCK);
        assertThat(r.blocks(null, "h1", TODAY.plusYears(10))).isTrue();
        assertThat(r.blocks(null, "h2", TODAY)).isFalse();
        assertThat(r.view().partyIdCardNo()).isEqualTo("320706********0416");
    }

    @Test
    void auxiliaryStaffNeverEnforceAndLeavingIsTerminal() {
        AuxiliaryStaff a = AuxiliaryStaff.register("钱小兵", "c", "h", "320706********0416", "11320706300200020C",
                "320706", TODAY, TODAY.plusYears(2), "o1", Set.of(AuxiliaryTask.DOCUMENT_ENTRY,
                        AuxiliaryTask.INFORMATION_COLLECTION), "hz-agency-admin", CLOCK);
        assertThat(a.view().mayEnforce()).isFalse();
        assertThat(a.pendingEvents()).singleElement().isInstanceOfSatisfying(AuxiliaryStaffRegistered.class,
                e -> assertThat(e.allowedTasks()).containsExactly("INFORMATION_COLLECTION", "DOCUMENT_ENTRY"));
        a.pendingEvents().clear();
        a.changeStatus(AuxiliaryStaff.Status.SUSPENDED, "hz-agency-admin", CLOCK);
        assertThat(a.pendingEvents()).singleElement().isInstanceOfSatisfying(AuxiliaryStatusChanged.class, e -> {
            assertThat(e.previousStatus()).isEqualTo("ACTIVE");
            assertThat(e.status()).isEqualTo("SUSPENDED");
            assertThat(e.aggregateId()).isEqualTo(a.getId());
        });
        assertThatThrownBy(() -> a.changeStatus(AuxiliaryStaff.Status.SUSPENDED, "x", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
        a.changeStatus(AuxiliaryStaff.Status.LEFT, "hz-agency-admin", CLOCK);
        assertThatThrownBy(() -> a.changeStatus(AuxiliaryStaff.Status.ACTIVE, "x", CLOCK))
                .isInstanceOf(InvalidTransitionException.class);
    }
}
