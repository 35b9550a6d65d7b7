package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Supervisors of a judicial bureau (for their region) and agency leaders 负责人 (for their agency): approvals a leader or a bureau gives. Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('SUPERVISOR_CITY', 'SUPERVISOR_COUNTY', 'AGENCY_LEADER')")
public @interface SupervisorsOrAgencyLeaders {
}
