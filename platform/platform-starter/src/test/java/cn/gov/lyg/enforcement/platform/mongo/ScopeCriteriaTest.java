package cn.gov.lyg.enforcement.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeCriteriaTest {

    private static final String HZ_MARKET = "11320706MB0000001X";

    private static String json(DataScope scope) {
        return ScopeCriteria.readable(scope, "username", List.of("o-1"), "officerId").getCriteriaObject().toJson();
    }

    @Test
    void agencyAdminsReadTheirAgency() {
        String criteria = json(new DataScope("s", null, null, HZ_MARKET, "320706", Set.of(Role.AGENCY_ADMIN)));
        assertThat(criteria).contains("\"agencyCode\": \"" + HZ_MARKET + "\"").doesNotContain("regionCode");
    }

    @Test
    void supervisorsReadTheRegionTheyCover() {
        assertThat(json(new DataScope("s", null, null, null, "320706", Set.of(Role.SUPERVISOR_COUNTY))))
                .contains("regionCode").contains("^320706");
        assertThat(json(new DataScope("s", null, null, null, "320700", Set.of(Role.SUPERVISOR_CITY))))
                .contains("^3207\"");
        assertThat(json(new DataScope("s", null, null, null, "320000", Set.of(Role.PROVINCE_READONLY))))
                .contains("^32\"");
    }

    @Test
    void officersReadThemselvesInTheirAgencyOnly() {
        String criteria = json(new DataScope("s", "zhang.san", null, HZ_MARKET, "320706", Set.of(Role.OFFICER)));
        assertThat(criteria).contains("\"username\": \"zhang.san\"").contains("\"officerId\"").contains("o-1")
                .contains(HZ_MARKET).contains("$or");
    }

    @Test
    void aCallerWithoutScopeMatchesNothing() {
        assertThat(ScopeCriteria.readable(new DataScope("s", null, null, null, null, Set.of(Role.AUDITOR)))
                .getCriteriaObject().toJson()).contains("__none__");
    }

    @Test
    void regionPrefixes() {
        assertThat(ScopeCriteria.regionPrefix("320000")).isEqualTo("32");
        assertThat(ScopeCriteria.regionPrefix("320700")).isEqualTo("3207");
        assertThat(ScopeCriteria.regionPrefix("320706")).isEqualTo("320706");
    }
}
