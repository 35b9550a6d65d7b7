package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who verifies the hash chains of the audit trail 全过程留痕: the city supervisor and auditors (the answer names
 * aggregates and line ids across the whole city, no content). Role-only, so it is also decided before the request
 * is read.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('SUPERVISOR_CITY', 'AUDITOR')")
public @interface AuditVerifiers {
}
