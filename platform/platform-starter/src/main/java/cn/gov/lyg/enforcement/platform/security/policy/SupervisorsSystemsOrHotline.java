package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Supervisors of the city or a county judicial bureau, an integrated system (e.g. the SMS survey platform) or the
 * 12345 / 12348 hotline platform (its callbacks) writing on their behalf; the region is checked by the service.
 * Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('SUPERVISOR_CITY', 'SUPERVISOR_COUNTY', 'INTEGRATION', 'HOTLINE')")
public @interface SupervisorsSystemsOrHotline {
}
