package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may be assigned to review case files 案卷评查 (the service checks the assignment and recusal): officers, administrators, leaders and legal reviewers of agencies, supervisors of a judicial bureau and special supervisors 特邀行政执法监督员. Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('OFFICER', 'AGENCY_ADMIN', 'AGENCY_LEADER', 'LEGAL_REVIEWER', 'SUPERVISOR_CITY', 'SUPERVISOR_COUNTY', 'SPECIAL_SUPERVISOR')")
public @interface CaseFileReviewers {
}
