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
 * The annotated string is an 18-character citizen ID number (GB 11643-1999), see {@link CitizenIdNumber}.
 *
 * <p>The violation's message is the stable error code: {@code ID_CARD_LENGTH}, {@code ID_CARD_FORMAT},
 * {@code ID_CARD_BIRTH_DATE} or {@code ID_CARD_CHECKSUM}. "Today" for the birth-date rule comes from
 * {@link IdentifierConstraintSettings#clock()}. A trailing lower-case {@code x} is accepted (store
 * {@link CitizenIdNumber#normalise(String)}). {@code null} is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = CitizenIdConstraintValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidCitizenId {

  /** Not used for violations (they carry the precise code); kept for the Bean Validation contract. */
  String message() default "ID_CARD_FORMAT";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
