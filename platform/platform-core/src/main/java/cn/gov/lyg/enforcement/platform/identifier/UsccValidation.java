package cn.gov.lyg.enforcement.platform.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * Result of validating a unified social credit code.
 *
 * @param input the raw input ({@code null} is reported as {@link UsccStatus#USCC_LENGTH})
 * @param normalized the input after trim and upper-casing, which is what was validated and what must be stored
 * @param normalised {@code true} when {@code normalized} differs from {@code input} (callers should log it)
 * @param status the outcome
 */
public record UsccValidation(String input, String normalized, boolean normalised, UsccStatus status) {

  public UsccValidation {
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(status, "status");
  }

  /** {@code true} for {@link UsccStatus#VALID} and {@link UsccStatus#LEGACY_CODE}. */
  public boolean accepted() {
    return status.accepted();
  }

  /** {@code true} when accepted only because of the legacy whitelist. */
  public boolean legacy() {
    return status == UsccStatus.LEGACY_CODE;
  }

  /** The stable error code, empty when the code is accepted. */
  public Optional<String> errorCode() {
    return accepted() ? Optional.empty() : Optional.of(status.code());
  }

  /** The parsed code when accepted. */
  public Optional<UnifiedSocialCreditCode> parsed() {
    return accepted() ? Optional.of(UnifiedSocialCreditCode.accepted(normalized, legacy())) : Optional.empty();
  }
}
