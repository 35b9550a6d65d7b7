package cn.gov.lyg.enforcement.platform.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator of {@link ValidCitizenId}. */
public class CitizenIdConstraintValidator implements ConstraintValidator<ValidCitizenId, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    CitizenIdValidation result = CitizenIdNumber.validate(value.toString(), IdentifierConstraintSettings.clock());
    return result.accepted() || ConstraintViolations.reject(context, result.status().code());
  }
}
