package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * An integrated system only (a machine client with the INTEGRATION role), no person: e.g. the credit-risk class
 * 信用风险分类 of the inspected-entity directory, which only the provincial credit system (or SAMR) may set (DOMAIN.md
 * I11). Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasRole('INTEGRATION')")
public @interface SystemsOnly {
}
