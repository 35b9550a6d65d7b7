package cn.gov.lyg.enforcement.platform.identifier;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the Bean Validation validators of this package read at validation time: the legacy credit-code whitelist, the
 * region code list and the clock.
 *
 * <p>Constraint validators are created by the validation provider with their no-argument constructor, so they cannot
 * receive these by injection when used with a plain {@code Validation.buildDefaultValidatorFactory()}. The defaults
 * are the shipped classpath data and the system clock in Asia/Shanghai; the platform's auto-configuration (or a test)
 * replaces them once at start-up. The settings are read on every validation, so a replacement takes effect at once.
 */
public final class IdentifierConstraintSettings {

  /** Time zone of every date rule of the platform. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static volatile LegacyCreditCodes legacyCreditCodes;
  private static volatile RegionCodes regionCodes;
  private static volatile Clock clock;

  private IdentifierConstraintSettings() {
  }

  /** The whitelist {@link ValidUscc} consults; defaults to {@link LegacyCreditCodes#classpathDefault()}. */
  public static LegacyCreditCodes legacyCreditCodes() {
    LegacyCreditCodes value = legacyCreditCodes;
    return value != null ? value : LegacyCreditCodes.classpathDefault();
  }

  /** The list {@link ValidRegionCode} consults; defaults to {@link RegionCodes#defaultCodes()}. */
  public static RegionCodes regionCodes() {
    RegionCodes value = regionCodes;
    return value != null ? value : RegionCodes.defaultCodes();
  }

  /** The clock {@link ValidCitizenId} takes "today" from; defaults to the system clock in Asia/Shanghai. */
  public static Clock clock() {
    Clock value = clock;
    return value != null ? value : Clock.system(ZONE);
  }

  /** Replaces the whitelist (e.g. with a database-backed one). */
  public static void useLegacyCreditCodes(LegacyCreditCodes codes) {
    legacyCreditCodes = Objects.requireNonNull(codes, "codes");
  }

  /** Replaces the region list (e.g. with the complete official file). */
  public static void useRegionCodes(RegionCodes codes) {
    regionCodes = Objects.requireNonNull(codes, "codes");
  }

  /** Replaces the clock (the application's injected clock). */
  public static void useClock(Clock newClock) {
    clock = Objects.requireNonNull(newClock, "clock");
  }

  /** Back to the defaults. */
  public static void reset() {
    legacyCreditCodes = null;
    regionCodes = null;
    clock = null;
  }
}
