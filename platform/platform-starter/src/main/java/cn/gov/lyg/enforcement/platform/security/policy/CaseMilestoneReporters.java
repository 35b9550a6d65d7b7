package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who reports case milestones to the case register: agencies' case-handling systems (client credentials, for the agencies of their region) and the agency's own officers, administrators and legal reviewers (for their agency). Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('INTEGRATION', 'OFFICER', 'AGENCY_ADMIN', 'LEGAL_REVIEWER')")
public @interface CaseMilestoneReporters {
}
