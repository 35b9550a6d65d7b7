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

/** The policies of decision support and benchmark authoring admit exactly their roles, and are named policies. */
class DecisionPoliciesTest {

    @Test
    void eachPolicyAdmitsExactlyItsRoles() {
        assertAdmits(SystemsOnly.class, Role.INTEGRATION);
        assertAdmits(CitySupervisorsOrSystems.class, Role.SUPERVISOR_CITY, Role.INTEGRATION);
        assertAdmits(SupervisorsSystemsOrHotline.class, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY, Role.INTEGRATION,
                Role.HOTLINE);
        assertAdmits(SupervisorsHotlineOrSpecialSupervisors.class, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY,
                Role.HOTLINE, Role.SPECIAL_SUPERVISOR);
        assertAdmits(SpecialSupervisorsOnly.class, Role.SPECIAL_SUPERVISOR);
        assertAdmits(CitySupervisorsOnly.class, Role.SUPERVISOR_CITY);
        assertAdmits(SupervisorsOrSystems.class, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY, Role.INTEGRATION);
        assertAdmits(AgencyAuthors.class, Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER);
        assertAdmits(AgencyManagement.class, Role.AGENCY_ADMIN, Role.AGENCY_LEADER);
        assertAdmits(LegalReviewersOnly.class, Role.LEGAL_REVIEWER);
        assertAdmits(AgencyLeadersOnly.class, Role.AGENCY_LEADER);
        assertAdmits(AgencyAdminsOrCitySupervisors.class, Role.AGENCY_ADMIN, Role.SUPERVISOR_CITY);
        assertAdmits(DecisionRecorders.class, Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER, Role.INTEGRATION);
        assertAdmits(DecisionSupport.class, Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER, Role.INTEGRATION, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY);
        assertAdmits(DecisionRecordReaders.class, Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER, Role.INTEGRATION, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY,
                Role.PROVINCE_READONLY);
        assertAdmits(AgencyManagementReviewOrSupervision.class, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
                Role.LEGAL_REVIEWER, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY, Role.PROVINCE_READONLY);
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
