package cn.gov.lyg.enforcement.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    static DataScope scope(String username, String agency, String region, Role... roles) {
        return new DataScope("sub-" + username, username, "web", agency, region, Set.of(roles));
    }

    @Test
    void theCallerIsThePersonWhoseSignInNameTheRecordCarries() {
        DataScope supervisor = scope("hz-supervisor", Fixtures.HZ_JUSTICE, "320706", Role.SUPERVISOR_COUNTY);
        assertThat(Scopes.isOwn(supervisor, "hz-supervisor")).isTrue();
        assertThat(Scopes.isOwn(supervisor, "city-supervisor")).isFalse();
        // a person without a sign-in name is nobody's own record, and a token without a name owns nothing
        assertThat(Scopes.isOwn(supervisor, null)).isFalse();
        assertThat(Scopes.isOwn(supervisor, " ")).isFalse();
        assertThat(Scopes.isOwn(scope(null, Fixtures.HZ_JUSTICE, "320706", Role.SUPERVISOR_COUNTY), null)).isFalse();
        // the agency is not compared: the same person whose token names another agency (or none) is still themself
        assertThat(Scopes.isOwn(scope("hz-supervisor", Fixtures.CITY_JUSTICE, "320706", Role.SUPERVISOR_COUNTY),
                "hz-supervisor")).isTrue();
        assertThat(Scopes.isOwn(scope("hz-supervisor", null, "320706", Role.SUPERVISOR_COUNTY), "hz-supervisor"))
                .isTrue();
        // unlike isSelf, which also needs the token's agency
        assertThat(Scopes.isSelf(scope("hz-supervisor", null, "320706", Role.SUPERVISOR_COUNTY), Fixtures.HZ_JUSTICE,
                "hz-supervisor")).isFalse();
    }

    @Test
    void theAgencyHeadsAreItsAdminAndItsLeaderOnly() {
        assertThat(Scopes.heads(scope("a", Fixtures.HZ_MARKET, "320706", Role.AGENCY_ADMIN), Fixtures.HZ_MARKET))
                .isTrue();
        assertThat(Scopes.heads(scope("l", Fixtures.HZ_MARKET, "320706", Role.AGENCY_LEADER), Fixtures.HZ_MARKET))
                .isTrue();
        assertThat(Scopes.heads(scope("l", Fixtures.CITY_MARKET, "320700", Role.AGENCY_LEADER), Fixtures.HZ_MARKET))
                .as("another agency's leader").isFalse();
        assertThat(Scopes.heads(scope("o", Fixtures.HZ_MARKET, "320706", Role.OFFICER, Role.LEGAL_REVIEWER),
                Fixtures.HZ_MARKET)).isFalse();
        assertThat(Scopes.heads(scope("s", Fixtures.HZ_JUSTICE, "320706", Role.SUPERVISOR_COUNTY), Fixtures.HZ_MARKET))
                .as("supervisors decide nothing in the agency's name").isFalse();
        assertThat(Scopes.heads(scope("a", null, "320706", Role.AGENCY_ADMIN), Fixtures.HZ_MARKET)).isFalse();
    }
}
