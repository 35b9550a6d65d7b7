package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who reads case-file review results: the reviewers (their assigned files), the reviewed agency's users (their own files once published), supervisors (their region) and the province read-only role. Role-only, so it is also decided before the request body is read or validated.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccessPolicy
@PreAuthorize("hasAnyRole('OFFICER', 'AGENCY_ADMIN', 'AGENCY_LEADER', 'LEGAL_REVIEWER', 'SUPERVISOR_CITY', 'SUPERVISOR_COUNTY', 'SPECIAL_SUPERVISOR', 'PROVINCE_READONLY')")
public @interface CaseFileReviewReaders {
}
