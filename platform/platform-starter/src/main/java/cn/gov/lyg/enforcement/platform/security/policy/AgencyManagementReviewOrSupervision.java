package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * {@link AgencyManagementOrSupervision} and the agency's legal reviewers: readers of an agency's evaluations (the
 * data scope is applied by the service).
 * Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('AGENCY_ADMIN', 'AGENCY_LEADER', 'LEGAL_REVIEWER', "
        + "'SUPERVISOR_CITY', 'SUPERVISOR_COUNTY', 'PROVINCE_READONLY')")
public @interface AgencyManagementReviewOrSupervision {
}
