package cn.gov.lyg.enforcement.platform.identifier;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 统一社会信用代码 — the unified social credit code of a legal person or other organisation, GB 32100-2015
 * 《法人和其他组织统一社会信用代码编码规则》.
 *
 * <p>Structure (18 characters):
 * <ol>
 *   <li>position 1 — 登记管理部门代码 (e.g. {@code 1} 机构编制, {@code 5} 民政, {@code 9} 工商/市场监管, {@code Y} 其他);</li>
 *   <li>position 2 — 机构类别代码 (under {@code 9}: {@code 1} 企业, {@code 2} 个体工商户, {@code 3} 农民专业合作社;
 *       under {@code 1}: {@code 1} 机关, {@code 2} 事业单位 ...);</li>
 *   <li>positions 3–8 — 登记管理机关行政区划码 (GB/T 2260, digits only);</li>
 *   <li>positions 9–17 — 主体标识码 (the GB 11714 organisation code, with its own check character);</li>
 *   <li>position 18 — check character.</li>
 * </ol>
 *
 * <p>Alphabet: {@value #ALPHABET} (31 symbols; I, O, S, V and Z are never used); the value of a symbol is its index.
 * Weights of positions 1..17 are 3<sup>i-1</sup> mod 31; the check character is
 * {@code (31 − Σ value × weight mod 31) mod 31} mapped back through the alphabet.
 *
 * <p>Some codes issued in early pilot areas fail this check yet are legally valid; they are accepted only when on the
 * admin-maintained {@link LegacyCreditCodes} whitelist ({@link UsccStatus#LEGACY_CODE}). The optional GB 11714 check of
 * positions 9–17 is deliberately not enforced, for the same reason.
 *
 * <p>Normalisation: the input is stripped of surrounding white space and upper-cased before validation; the result
 * reports whether that changed anything. Instances are immutable and always hold the normalised form.
 */
public final class UnifiedSocialCreditCode {

  /** The 31-symbol alphabet, in value order. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Number of characters of a code. */
  public static final int LENGTH = 18;

  /** Structure check applied before the checksum. */
  public static final Pattern PATTERN =
      Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$");

  private static final int MODULUS = 31;
  private static final int[] WEIGHTS = weights();

  private final String value;
  private final boolean legacy;

  private UnifiedSocialCreditCode(String value, boolean legacy) {
    this.value = value;
    this.legacy = legacy;
  }

  /** Builds an instance from an already accepted, normalised value (used by {@link UsccValidation#parsed()}). */
  static UnifiedSocialCreditCode accepted(String normalized, boolean legacy) {
    return new UnifiedSocialCreditCode(normalized, legacy);
  }

  /**
   * Parses a code without any legacy whitelist.
   *
   * @throws InvalidIdentifierException with the error code when rejected
   */
  public static UnifiedSocialCreditCode of(String raw) {
    return of(raw, LegacyCreditCodes.none());
  }

  /**
   * Parses a code, accepting whitelisted legacy codes.
   *
   * @throws InvalidIdentifierException with the error code when rejected
   */
  public static UnifiedSocialCreditCode of(String raw, LegacyCreditCodes legacyCodes) {
    UsccValidation result = validate(raw, legacyCodes);
    return result.parsed().orElseThrow(() -> new InvalidIdentifierException(result.status().code()));
  }

  /** Validates without a legacy whitelist: a checksum failure is always {@link UsccStatus#USCC_CHECKSUM}. */
  public static UsccValidation validate(String raw) {
    return validate(raw, LegacyCreditCodes.none());
  }

  /**
   * Validates a code: normalise, then length ({@code USCC_LENGTH}), structure ({@code USCC_FORMAT}) and check character
   * ({@code USCC_CHECKSUM}, or {@code LEGACY_CODE} when whitelisted).
   *
   * @param raw the input; {@code null} counts as empty
   * @param legacyCodes the legacy whitelist, consulted only for codes failing the checksum
   */
  public static UsccValidation validate(String raw, LegacyCreditCodes legacyCodes) {
    Objects.requireNonNull(legacyCodes, "legacyCodes");
    String normalized = normalise(raw);
    boolean normalised = raw != null && !normalized.equals(raw);
    UsccStatus status;
    if (normalized.length() != LENGTH) {
      status = UsccStatus.USCC_LENGTH;
    } else if (!PATTERN.matcher(normalized).matches()) {
      status = UsccStatus.USCC_FORMAT;
    } else if (checkDigit(normalized.substring(0, LENGTH - 1)) == normalized.charAt(LENGTH - 1)) {
      status = UsccStatus.VALID;
    } else if (legacyCodes.contains(normalized)) {
      status = UsccStatus.LEGACY_CODE;
    } else {
      status = UsccStatus.USCC_CHECKSUM;
    }
    return new UsccValidation(raw, normalized, normalised, status);
  }

  /** Strips surrounding white space (including the ideographic space U+3000) and upper-cases; {@code null} → "". */
  public static String normalise(String raw) {
    return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Computes the GB 32100 check character of the first 17 characters.
   *
   * @throws IllegalArgumentException when {@code first17} is not 17 characters of the alphabet
   */
  public static char checkDigit(String first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("expected 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < first17.length(); i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("character outside the GB 32100 alphabet at position " + (i + 1));
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
  }

  private static int[] weights() {
    int[] w = new int[LENGTH - 1];
    int p = 1;
    for (int i = 0; i < w.length; i++) {
      w[i] = p;
      p = p * 3 % MODULUS;
    }
    return w;
  }

  /** The normalised 18-character code. */
  public String value() {
    return value;
  }

  /** {@code true} when accepted only through the legacy whitelist. */
  public boolean legacy() {
    return legacy;
  }

  /** Position 1: 登记管理部门代码. */
  public char registrationDepartment() {
    return value.charAt(0);
  }

  /** Position 2: 机构类别代码 (meaning depends on {@link #registrationDepartment()}). */
  public char category() {
    return value.charAt(1);
  }

  /** Positions 3–8: the GB/T 2260 region code of the registering authority. */
  public String regionCode() {
    return value.substring(2, 8);
  }

  /** Positions 9–17: 主体标识码 (organisation code). */
  public String subjectIdentifier() {
    return value.substring(8, 17);
  }

  /** Position 18: the check character. */
  public char checkCharacter() {
    return value.charAt(17);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnifiedSocialCreditCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
