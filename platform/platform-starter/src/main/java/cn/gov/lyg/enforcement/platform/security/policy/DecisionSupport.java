package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * {@link DecisionRecorders} and supervisors: those who may ask for guidance on a penalty decision before it is
 * taken (recommendations, pre-decision checks).
 * Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('OFFICER', 'AGENCY_ADMIN', 'AGENCY_LEADER', 'LEGAL_REVIEWER', "
        + "'INTEGRATION', 'SUPERVISOR_CITY', 'SUPERVISOR_COUNTY')")
public @interface DecisionSupport {
}
