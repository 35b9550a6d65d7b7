package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Readers of the provincial push delivery log: the judicial bureaus' supervisors (their region) and the province's
 * read-only role. Role-only, so it is also decided before the request is read.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('SUPERVISOR_CITY', 'SUPERVISOR_COUNTY', 'PROVINCE_READONLY')")
public @interface ExchangeLogReaders {
}
