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
 * The annotated string is a 6-digit GB/T 2260 region code on the maintained list
 * ({@link IdentifierConstraintSettings#regionCodes()}), see {@link RegionCodes}.
 *
 * <p>The violation's message is the stable error code: {@code REGION_FORMAT}, {@code REGION_UNKNOWN},
 * {@code REGION_OUT_OF_SCOPE} or {@code REGION_OBSOLETE}. {@code null} is valid (combine with {@code @NotNull}).
 * Example for Lianyungang data on new records: {@code @ValidRegionCode(scopePrefix = "3207")}; on historical records
 * add {@code allowObsolete = true}.
 */
@Documented
@Constraint(validatedBy = RegionCodeConstraintValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidRegionCode {

  /** Not used for violations (they carry the precise code); kept for the Bean Validation contract. */
  String message() default "REGION_FORMAT";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Required prefix (1–6 digits, e.g. {@code 3207}); empty for no scope restriction. */
  String scopePrefix() default "";

  /** Accept abolished codes (historical records). */
  boolean allowObsolete() default false;
}
