package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Every user of an agency (officers, administrators, leaders 负责人, legal reviewers: for their agency) and the supervisors of a judicial bureau (for their region). Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('OFFICER', 'AGENCY_ADMIN', 'AGENCY_LEADER', 'LEGAL_REVIEWER', 'SUPERVISOR_CITY', 'SUPERVISOR_COUNTY')")
public @interface AgencyUsersOrSupervisors {
}
