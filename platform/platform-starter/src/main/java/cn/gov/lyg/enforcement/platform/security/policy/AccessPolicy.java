package cn.gov.lyg.enforcement.platform.security.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an annotation as a named access policy: a meta-annotation of {@code @PreAuthorize} whose expression depends
 * on the caller only (roles, authentication), never on method arguments. Spring method security evaluates it like
 * any {@code @PreAuthorize}; in addition {@link AccessPolicyInterceptor} decides it on a controller method before the
 * request body is read and validated, so a caller without the role gets 403, not a 400 listing the body's fields.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AccessPolicy {
}
