package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Supervisors of the city judicial bureau 市司法局 only: city-wide settings, jobs, approvals and publications that the
 * city bureau decides for the whole city (e.g. the evaluation indicator system). Role-only, so it is also decided
 * before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasRole('SUPERVISOR_CITY')")
public @interface CitySupervisorsOnly {
}
