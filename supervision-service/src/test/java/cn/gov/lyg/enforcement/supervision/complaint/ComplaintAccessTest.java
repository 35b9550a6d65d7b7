package cn.gov.lyg.enforcement.supervision.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.ComplaintCategory;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintChannel;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintKind;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recusal of the officers a complaint is about (DOMAIN.md §2.5.2, P4): they never handle it. */
class ComplaintAccessTest {

    static final String HZ_MARKET = ComplaintTest.HZ_MARKET;

    static Complaint about(List<String> officers) {
        Complaint c = Complaint.receive(ComplaintChannel.LETTER, ComplaintKind.COMPLAINT, null,
                ComplaintTest.at("2025-03-03", 9), null, HZ_MARKET, "320706", officers, null,
                ComplaintCategory.ATTITUDE, "执法人员态度粗暴", "hz-supervisor", ComplaintTest.NOW);
        c.route(HZ_MARKET, "320706", ComplaintTest.at("2025-03-03", 10), "hz-supervisor", ComplaintTest.DEADLINES,
                ComplaintTest.NOW);
        return c;
    }

    static DataScope user(String username, String subject, Role... roles) {
        return new DataScope(subject, username, "enforcement-web", HZ_MARKET, "320706", Set.of(roles));
    }

    @Test
    void theOfficerComplainedAboutIsRecusedByUserNameOrSubject() {
        Complaint c = about(List.of("hz-officer", "4b6f0c1e-subject-of-hz-leader"));
        DataScope officer = user("hz-officer", "s-1", Role.OFFICER);
        DataScope leader = user("hz-leader", "4b6f0c1e-subject-of-hz-leader", Role.AGENCY_LEADER);
        DataScope colleague = user("hz-officer-2", "s-2", Role.OFFICER);
        assertThat(ComplaintAccess.handles(officer, c)).isTrue();
        assertThat(ComplaintAccess.recused(officer, c)).isTrue();
        assertThat(ComplaintAccess.recused(leader, c)).isTrue();
        assertThat(ComplaintAccess.recused(colleague, c)).isFalse();
        assertThat(ComplaintAccess.recused(user(" HZ-Officer ", "s-3", Role.OFFICER), c))
                .as("user names compare as Keycloak stores them: trimmed, case-insensitive").isTrue();
    }

    @Test
    void nobodyIsRecusedWhenNoOfficerIsNamed() {
        Complaint c = about(List.of());
        assertThat(ComplaintAccess.recused(user("hz-officer", "s-1", Role.OFFICER), c)).isFalse();
        assertThat(ComplaintAccess.recused(new DataScope("s-9", null, "hotline-12345", null, "320700",
                Set.of(Role.HOTLINE)), about(List.of("hz-officer")))).isFalse();
    }
}
