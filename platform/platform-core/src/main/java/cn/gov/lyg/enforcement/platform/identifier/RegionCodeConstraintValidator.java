package cn.gov.lyg.enforcement.platform.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator of {@link ValidRegionCode}. */
public class RegionCodeConstraintValidator implements ConstraintValidator<ValidRegionCode, CharSequence> {

  private String scopePrefix;
  private boolean allowObsolete;

  @Override
  public void initialize(ValidRegionCode annotation) {
    scopePrefix = annotation.scopePrefix();
    if (!scopePrefix.matches("[0-9]{0,6}")) {
      throw new IllegalArgumentException("@ValidRegionCode scopePrefix must be up to 6 digits: " + scopePrefix);
    }
    allowObsolete = annotation.allowObsolete();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    RegionValidation result =
        IdentifierConstraintSettings.regionCodes().validate(value.toString(), scopePrefix, allowObsolete);
    return result.accepted() || ConstraintViolations.reject(context, result.status().code());
  }
}
