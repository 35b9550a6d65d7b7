package cn.gov.lyg.enforcement.platform.identifier;

/**
 * The admin-maintained whitelist of legacy unified social credit codes: codes issued by registries in early pilot
 * areas that fail the GB 32100-2015 check character but are legally valid (DOMAIN.md §2.0.1, e.g.
 * {@code 91350203M0001QAY9B}). Every other checksum failure is rejected.
 *
 * <p>The platform ships an in-memory implementation read from a classpath text file
 * ({@link #classpathDefault()}); a service can back this interface with its database instead.
 */
@FunctionalInterface
public interface LegacyCreditCodes {

  /** Classpath location of the shipped whitelist. */
  String DEFAULT_RESOURCE = "cn/gov/lyg/enforcement/platform/identifier/legacy-credit-codes.txt";

  /**
   * Whether the code is whitelisted.
   *
   * @param normalizedCode the trimmed, upper-cased 18-character code
   */
  boolean contains(String normalizedCode);

  /** A whitelist that contains nothing. */
  static LegacyCreditCodes none() {
    return code -> false;
  }

  /** The whitelist shipped with the platform ({@value #DEFAULT_RESOURCE}), loaded once. */
  static LegacyCreditCodes classpathDefault() {
    return InMemoryLegacyCreditCodes.Default.INSTANCE;
  }
}
