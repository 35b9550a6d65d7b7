package cn.gov.lyg.enforcement.platform.identifier;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is a unified social credit code (GB 32100-2015), see {@link UnifiedSocialCreditCode}.
 *
 * <p>The violation's message is the stable error code: {@code USCC_LENGTH}, {@code USCC_FORMAT} or
 * {@code USCC_CHECKSUM}. Codes on the legacy whitelist ({@link IdentifierConstraintSettings#legacyCreditCodes()}) are
 * valid. {@code null} is valid (combine with {@code @NotNull}).
 *
 * <p>The check runs on the normalised form (trimmed, upper-case), but Bean Validation cannot change the value: store
 * {@link UnifiedSocialCreditCode#normalise(String)} of it, or set {@link #requireNormalised()} to reject input that is
 * not already normalised (reported as {@code USCC_FORMAT}).
 */
@Documented
@Constraint(validatedBy = UsccConstraintValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidUscc {

  /** Not used for violations (they carry the precise code); kept for the Bean Validation contract. */
  String message() default "USCC_FORMAT";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reject lower case or surrounding white space instead of validating the normalised form. */
  boolean requireNormalised() default false;
}
