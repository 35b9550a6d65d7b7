package cn.gov.lyg.enforcement.platform.identifier;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the region code list (GB/T 2260 plus statistical codes).
 *
 * @param code 6-digit code
 * @param name Chinese name
 * @param level kind of region
 * @param parentCode code of the enclosing region, {@code null} for a province
 * @param obsoleteSince year the code was abolished, {@code null} when in force
 * @param replacedBy code that took over the area, {@code null} when in force or without a single successor
 */
public record Region(String code, String name, RegionLevel level, String parentCode, Year obsoleteSince,
    String replacedBy) {

  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    if (!RegionCodes.isWellFormed(code)) {
      throw new IllegalArgumentException("region code must be 6 digits: " + code);
    }
    if (parentCode != null && !RegionCodes.isWellFormed(parentCode)) {
      throw new IllegalArgumentException("parent code must be 6 digits: " + parentCode);
    }
    if (replacedBy != null && (obsoleteSince == null || !RegionCodes.isWellFormed(replacedBy))) {
      throw new IllegalArgumentException("replacedBy needs obsoleteSince and a 6-digit code: " + code);
    }
  }

  /** {@code true} when the code has been abolished. */
  public boolean obsolete() {
    return obsoleteSince != null;
  }

  /** The successor code, if any. */
  public Optional<String> replacement() {
    return Optional.ofNullable(replacedBy);
  }

  /** The parent code, if any. */
  public Optional<String> parent() {
    return Optional.ofNullable(parentCode);
  }
}
