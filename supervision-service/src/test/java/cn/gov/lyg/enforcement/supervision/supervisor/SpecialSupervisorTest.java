package cn.gov.lyg.enforcement.supervision.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Eligibility at appointment, the 5-year term, assignments and what the supervisor may read (DOMAIN.md §2.5.7). */
class SpecialSupervisorTest {

    static final SupervisorRules.Settings SETTINGS = new SupervisorRules.Settings(18, 55, 5, false);
    static final SupervisorRules.Records CLEAN = new SupervisorRules.Records(false, false, false, false, false);
    static final String A12 = "11320706300200020C";
    static final String A22 = "113207063002000399";

    static SpecialSupervisor candidate(LocalDate birth, SupervisorRules.Records records) {
        return SpecialSupervisor.candidate("周建国", "320706********1234", "h", birth, "LAWYER", "s02",
                "11320706300200012H", "320706", records, List.of(A22));
    }

    @Test
    void ageIsCheckedOnTheDayOfAppointment() {
        assertThat(SupervisorRules.eligibility(LocalDate.of(1969, 1, 1), LocalDate.of(2025, 1, 1), CLEAN,
                SETTINGS)).extracting("code").containsExactly("SUPERVISOR_AGE");
        assertThat(SupervisorRules.eligibility(LocalDate.of(1969, 1, 2), LocalDate.of(2025, 1, 1), CLEAN, SETTINGS))
                .isEmpty();
        assertThat(SupervisorRules.eligibility(LocalDate.of(2007, 1, 2), LocalDate.of(2025, 1, 1), CLEAN, SETTINGS))
                .extracting("code").containsExactly("SUPERVISOR_AGE");
        assertThat(SupervisorRules.eligibility(LocalDate.of(1990, 1, 1), LocalDate.of(2025, 1, 1),
                new SupervisorRules.Records(false, false, true, false, true), new SupervisorRules.Settings(18, 55, 5,
                        true))).extracting("code").containsExactly("SUPERVISOR_RECORD", "SUPERVISOR_STATE_ORGAN_STAFF");
    }

    @Test
    void anIneligibleCandidateIsNotAppointed() {
        SpecialSupervisor s = candidate(LocalDate.of(1990, 5, 1), new SupervisorRules.Records(true, false, false,
                false, false));
        assertThatThrownBy(() -> s.appoint(LocalDate.of(2025, 1, 1), SETTINGS)).isInstanceOf(ApiException.class)
                .extracting("code").isEqualTo("SUPERVISOR_RECORD");
        assertThat(s.getStatus()).isEqualTo(SupervisorStatus.CANDIDATE);
    }

    @Test
    void aTermOfFiveYearsAssignmentsInsideItAndReadAccessOnlyToAssignedMaterial() {
        SpecialSupervisor s = candidate(LocalDate.of(1980, 5, 1), CLEAN);
        s.appoint(LocalDate.of(2025, 1, 1), SETTINGS);
        assertThat(s.getTermTo()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThatThrownBy(() -> s.assign("CASE", A22 + ":X", A22, LocalDate.of(2025, 3, 1), null,
                LocalDate.of(2025, 3, 1))).isInstanceOf(ApiException.class).extracting("code")
                .isEqualTo("SUPERVISOR_CONFLICT");
        s.assign("CASE", A12 + ":X-1", A12, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 3, 1));
        assertThat(s.mayRead("CASE", A12 + ":X-1", LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(s.mayRead("CASE", A12 + ":X-2", LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(s.mayRead("CASE", A12 + ":X-1", LocalDate.of(2025, 7, 1))).isFalse();
        s.suspend("调查");
        assertThat(s.mayRead("CASE", A12 + ":X-1", LocalDate.of(2025, 4, 1))).isFalse();
        s.reinstate("恢复");
        assertThat(s.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(SupervisorStatus.EXPIRED);
        assertThatThrownBy(() -> s.assign("CASE", A12 + ":X-3", A12, LocalDate.of(2030, 1, 1), null,
                LocalDate.of(2030, 1, 1))).isInstanceOf(ApiException.class).extracting("code")
                .isEqualTo("SUPERVISOR_NOT_APPOINTED");
        s.dismiss("解聘");
        assertThat(s.activeAssignments(LocalDate.of(2025, 4, 1))).isEmpty();
    }
}
