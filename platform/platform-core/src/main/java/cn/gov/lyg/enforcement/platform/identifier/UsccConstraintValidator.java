package cn.gov.lyg.enforcement.platform.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator of {@link ValidUscc}. */
public class UsccConstraintValidator implements ConstraintValidator<ValidUscc, CharSequence> {

  private static final System.Logger LOG = System.getLogger(UsccConstraintValidator.class.getName());

  private boolean requireNormalised;

  @Override
  public void initialize(ValidUscc annotation) {
    requireNormalised = annotation.requireNormalised();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    UsccValidation result =
        UnifiedSocialCreditCode.validate(value.toString(), IdentifierConstraintSettings.legacyCreditCodes());
    if (result.normalised()) {
      if (requireNormalised) {
        return ConstraintViolations.reject(context, UsccStatus.USCC_FORMAT.code());
      }
      LOG.log(System.Logger.Level.DEBUG, "unified social credit code normalised to {0}", result.normalized());
    }
    return result.accepted() || ConstraintViolations.reject(context, result.status().code());
  }
}
