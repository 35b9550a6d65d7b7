package cn.gov.lyg.enforcement.platform.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * Result of validating a region code.
 *
 * @param input the code as given
 * @param status the outcome
 * @param region the list entry when the code is known (also for {@code REGION_OBSOLETE} and
 *     {@code REGION_OUT_OF_SCOPE}), otherwise {@code null}
 */
public record RegionValidation(String input, RegionStatus status, Region region) {

  public RegionValidation {
    Objects.requireNonNull(status, "status");
  }

  /** {@code true} when {@link RegionStatus#VALID}. */
  public boolean accepted() {
    return status.accepted();
  }

  /** The stable error code, empty when valid. */
  public Optional<String> errorCode() {
    return accepted() ? Optional.empty() : Optional.of(status.code());
  }

  /** The list entry, when the code is known. */
  public Optional<Region> knownRegion() {
    return Optional.ofNullable(region);
  }
}
