package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Supervisors of a judicial bureau (for their region), the 12345 / 12348 hotline platform and special (invited)
 * supervisors 特邀行政执法监督员, who file observations and complaints (DOMAIN.md §2.5.7); the service limits each to
 * its channels. Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('SUPERVISOR_CITY', 'SUPERVISOR_COUNTY', 'HOTLINE', 'SPECIAL_SUPERVISOR')")
public @interface SupervisorsHotlineOrSpecialSupervisors {
}
