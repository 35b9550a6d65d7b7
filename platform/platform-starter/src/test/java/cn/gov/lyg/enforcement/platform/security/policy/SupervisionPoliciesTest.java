package cn.gov.lyg.enforcement.platform.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.security.Role;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** The policies of supervision (case register, complaints, letters, reviews) admit exactly their roles. */
class SupervisionPoliciesTest {

    @Test
    void eachPolicyAdmitsExactlyItsRoles() {
        assertAdmits(CitySupervisorsOnly.class, Role.SUPERVISOR_CITY);
        assertAdmits(CaseMilestoneReporters.class, Role.INTEGRATION, Role.OFFICER, Role.AGENCY_ADMIN,
                Role.LEGAL_REVIEWER);
        assertAdmits(AgencyUsersOrSupervisors.class, Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY);
        assertAdmits(AgencyUsersOrSupervision.class, Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY, Role.PROVINCE_READONLY);
        assertAdmits(AgencyUsersSupervisorsOrHotline.class, Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY, Role.HOTLINE);
        assertAdmits(SupervisorsOrHotline.class, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY, Role.HOTLINE);
        assertAdmits(SupervisorsOrAgencyLeaders.class, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY,
                Role.AGENCY_LEADER);
        assertAdmits(CaseFileReviewers.class, Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY, Role.SPECIAL_SUPERVISOR);
        assertAdmits(CaseFileReviewReaders.class, Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY, Role.SPECIAL_SUPERVISOR,
                Role.PROVINCE_READONLY);
    }

    private static void assertAdmits(Class<? extends Annotation> policy, Role... expected) {
        assertThat(policy.isAnnotationPresent(AccessPolicy.class)).as(policy.getSimpleName()).isTrue();
        String expression = policy.getAnnotation(PreAuthorize.class).value();
        Set<Role> admitted = EnumSet.allOf(Role.class).stream()
                .filter(role -> admits(expression, role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(admitted).as(policy.getSimpleName()).containsExactlyInAnyOrderElementsOf(Arrays.asList(expected));
    }

    private static boolean admits(String expression, Role role) {
        var token = new TestingAuthenticationToken("user", "n/a", "ROLE_" + role.name());
        SecurityExpressionRoot root = new SecurityExpressionRoot(token) { };
        return Boolean.TRUE.equals(new SpelExpressionParser().parseExpression(expression)
                .getValue(new StandardEvaluationContext(root), Boolean.class));
    }
}
