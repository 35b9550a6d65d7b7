package cn.gov.lyg.enforcement.platform.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * Result of validating a citizen ID number. {@link #toString()} masks the number (personal information).
 *
 * @param input the raw input ({@code null} is reported as {@link CitizenIdStatus#ID_CARD_LENGTH})
 * @param normalized the input after trim and upper-casing of a trailing {@code x}; what must be stored
 * @param normalised {@code true} when {@code normalized} differs from {@code input}
 * @param status the outcome
 */
public record CitizenIdValidation(String input, String normalized, boolean normalised, CitizenIdStatus status) {

  public CitizenIdValidation {
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(status, "status");
  }

  /** {@code true} when {@link CitizenIdStatus#VALID}. */
  public boolean accepted() {
    return status.accepted();
  }

  /** The stable error code, empty when valid. */
  public Optional<String> errorCode() {
    return accepted() ? Optional.empty() : Optional.of(status.code());
  }

  /** The parsed number when valid. */
  public Optional<CitizenIdNumber> parsed() {
    return accepted() ? Optional.of(CitizenIdNumber.accepted(normalized)) : Optional.empty();
  }

  @Override
  public String toString() {
    return "CitizenIdValidation[" + CitizenIdNumber.mask(normalized) + ", normalised=" + normalised
        + ", status=" + status + "]";
  }
}
