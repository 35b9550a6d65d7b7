package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Special (invited) supervisors 特邀行政执法监督员: read-only on the material assigned to them (the service checks the assignment). Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasRole('SPECIAL_SUPERVISOR')")
public @interface SpecialSupervisorsOnly {
}
