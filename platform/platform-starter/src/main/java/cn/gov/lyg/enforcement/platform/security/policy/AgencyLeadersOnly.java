package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Agency leaders 负责人 alone: approvals that the law or the platform reserves to the head of the agency
 * (an economic impact assessment; the agency itself is checked by the service). Role-only, so it is also
 * decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasRole('AGENCY_LEADER')")
public @interface AgencyLeadersOnly {
}
