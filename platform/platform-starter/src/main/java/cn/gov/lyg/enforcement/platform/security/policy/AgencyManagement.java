package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Agency administrators and leaders 负责人: those who act in the agency's name (publish, repeal or revise a
 * benchmark, confirm an inspection result; the agency itself is checked by the service). Role-only, so it is also
 * decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('AGENCY_ADMIN', 'AGENCY_LEADER')")
public @interface AgencyManagement {
}
