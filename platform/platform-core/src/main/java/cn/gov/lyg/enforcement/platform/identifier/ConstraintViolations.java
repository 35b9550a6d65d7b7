package cn.gov.lyg.enforcement.platform.identifier;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a violation whose message template is the stable error code. */
final class ConstraintViolations {

  private ConstraintViolations() {
  }

  static boolean reject(ConstraintValidatorContext context, String code) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(code).addConstraintViolation();
    return false;
  }
}
