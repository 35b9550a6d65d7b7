package cn.gov.lyg.enforcement.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataScopeTest {

    @ParameterizedTest
    @CsvSource({
            "320700, 320706, true",   // the city bureau covers 海州区
            "320700, 320722, true",   // and 东海县
            "320700, 320700, true",
            "320706, 320706, true",   // 海州区司法局 covers its county
            "320706, 320707, false",  // but not 赣榆区
            "320706, 320700, false",  // nor the city
            "320000, 320506, true",   // the province covers Suzhou
            "320700, 320506, false",  // the city does not
            "3207,   320706, false"})
    void regionsCoverTheirSubtree(String scope, String region, boolean covered) {
        assertThat(DataScope.covers(scope, region)).isEqualTo(covered);
    }

    @Test
    void rolesComeFromRealmRoleNames() {
        assertThat(Role.fromRealmRole("supervisor-county")).contains(Role.SUPERVISOR_COUNTY);
        assertThat(Role.fromRealmRole("agency-admin")).contains(Role.AGENCY_ADMIN);
        assertThat(Role.fromRealmRole("default-roles-enforcement")).isEmpty();
        assertThat(Role.AGENCY_ADMIN.authority()).isEqualTo("ROLE_AGENCY_ADMIN");
    }

    @Test
    void auditNamePrefersTheUsername() {
        DataScope user = new DataScope("sub", "hz-officer", "enforcement-web", "11320706300200020C", "320706",
                Set.of(Role.OFFICER));
        DataScope system = new DataScope("sub", null, "gov-systems", null, "320700", Set.of(Role.INTEGRATION));
        assertThat(user.auditName()).isEqualTo("hz-officer");
        assertThat(system.auditName()).isEqualTo("gov-systems");
        assertThat(user.belongsTo("11320706300200020C")).isTrue();
        assertThat(system.belongsTo(null)).isFalse();
        assertThat(user.isRegionalSupervisor()).isFalse();
    }
}
