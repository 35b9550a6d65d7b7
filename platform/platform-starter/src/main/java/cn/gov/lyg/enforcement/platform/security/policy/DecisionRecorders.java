package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Those who record an agency's penalty decisions: its officers, administrators, leaders and legal reviewers, and
 * the agencies' case-handling systems (integration clients; the agency named in the body is checked by the service).
 * Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('OFFICER', 'AGENCY_ADMIN', 'AGENCY_LEADER', 'LEGAL_REVIEWER', 'INTEGRATION')")
public @interface DecisionRecorders {
}
