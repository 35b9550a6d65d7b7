package cn.gov.lyg.enforcement.platform.identifier;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 公民身份号码 — the 18-character citizen identity number, GB 11643-1999.
 *
 * <p>Structure: positions 1–6 address code (GB/T 2260 region of household registration at issue time — historical
 * codes are normal, so only the province part is checked, not the current region list); positions 7–14 birth date
 * {@code yyyyMMdd}; 15–17 sequence (17th odd = male); 18 check character (ISO 7064 MOD 11-2): weights
 * {@code 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2}, {@code Σ mod 11} mapped through {@code 1 0 X 9 8 7 6 5 4 3 2}.
 *
 * <p>The birth date must be a real date, not before {@value #EARLIEST_BIRTH_YEAR}-01-01 and not after "today" — today
 * always comes from an injected {@link Clock} or {@link LocalDate}, never the system clock.
 *
 * <p>Normalisation: surrounding white space is stripped and a lower-case trailing {@code x} becomes {@code X}.
 * The number is personal information (PIPL): store it encrypted, display it {@link #mask(String) masked} (first 6 and
 * last 4 visible). {@link #toString()} is masked.
 */
public final class CitizenIdNumber {

  /** Number of characters. */
  public static final int LENGTH = 18;

  /** Earliest accepted birth year. */
  public static final int EARLIEST_BIRTH_YEAR = 1900;

  private static final Pattern FORMAT = Pattern.compile("^[0-9]{17}[0-9X]$");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final String MASK = "********";

  /** GB/T 2260 province-level codes (first two digits), plus 71 Taiwan, 81 Hong Kong, 82 Macao, 83 Taiwan permits. */
  private static final Set<String> PROVINCES = Set.of(
      "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
      "71", "81", "82", "83");

  private final String value;

  private CitizenIdNumber(String value) {
    this.value = value;
  }

  static CitizenIdNumber accepted(String normalized) {
    return new CitizenIdNumber(normalized);
  }

  /**
   * Parses a number.
   *
   * @throws InvalidIdentifierException with the error code when rejected
   */
  public static CitizenIdNumber of(String raw, Clock clock) {
    CitizenIdValidation result = validate(raw, clock);
    return result.parsed().orElseThrow(() -> new InvalidIdentifierException(result.status().code()));
  }

  /** Validates against "today" in the clock's zone. */
  public static CitizenIdValidation validate(String raw, Clock clock) {
    return validate(raw, LocalDate.now(Objects.requireNonNull(clock, "clock")));
  }

  /**
   * Validates: length ({@code ID_CARD_LENGTH}), digits and region prefix ({@code ID_CARD_FORMAT}), birth date
   * ({@code ID_CARD_BIRTH_DATE}), check character ({@code ID_CARD_CHECKSUM}).
   *
   * @param raw the input; {@code null} counts as empty
   * @param today the date a birth date may not be after
   */
  public static CitizenIdValidation validate(String raw, LocalDate today) {
    Objects.requireNonNull(today, "today");
    String normalized = normalise(raw);
    boolean normalised = raw != null && !normalized.equals(raw);
    return new CitizenIdValidation(raw, normalized, normalised, status(normalized, today));
  }

  private static CitizenIdStatus status(String id, LocalDate today) {
    if (id.length() != LENGTH) {
      return CitizenIdStatus.ID_CARD_LENGTH;
    }
    if (!FORMAT.matcher(id).matches() || !PROVINCES.contains(id.substring(0, 2))) {
      return CitizenIdStatus.ID_CARD_FORMAT;
    }
    LocalDate birth = parseBirthDate(id);
    if (birth == null || birth.getYear() < EARLIEST_BIRTH_YEAR || birth.isAfter(today)) {
      return CitizenIdStatus.ID_CARD_BIRTH_DATE;
    }
    return checkCharacter(id.substring(0, LENGTH - 1)) == id.charAt(LENGTH - 1)
        ? CitizenIdStatus.VALID
        : CitizenIdStatus.ID_CARD_CHECKSUM;
  }

  private static LocalDate parseBirthDate(String id) {
    try {
      return LocalDate.of(
          Integer.parseInt(id.substring(6, 10)),
          Integer.parseInt(id.substring(10, 12)),
          Integer.parseInt(id.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Strips surrounding white space and upper-cases a trailing {@code x}; {@code null} → "". */
  public static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.strip();
    return s.endsWith("x") ? s.substring(0, s.length() - 1) + 'X' : s;
  }

  /**
   * Computes the GB 11643 check character of the first 17 digits.
   *
   * @throws IllegalArgumentException when {@code first17} is not 17 digits
   */
  public static char checkCharacter(String first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("expected 17 digits, got " + first17.length() + " characters");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a digit at position " + (i + 1));
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /**
   * Masks a number for display: first 6 and last 4 characters visible, the rest {@code *}
   * ({@code 320706********0416} for 18 characters). Input is normalised first; {@code null} → {@code null}; input of
   * 10 characters or fewer is masked completely.
   */
  public static String mask(String id) {
    if (id == null) {
      return null;
    }
    String s = normalise(id);
    if (s.length() <= 10) {
      return "*".repeat(s.length());
    }
    String stars = s.length() == LENGTH ? MASK : "*".repeat(s.length() - 10);
    return s.substring(0, 6) + stars + s.substring(s.length() - 4);
  }

  /** The normalised 18-character number. Personal information: do not log. */
  public String value() {
    return value;
  }

  /** The masked form, see {@link #mask(String)}. */
  public String masked() {
    return mask(value);
  }

  /** Positions 1–6: the address (region) code at issue time. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /** Positions 7–14 as a date. */
  public LocalDate birthDate() {
    return parseBirthDate(value);
  }

  /** {@code true} when the 17th digit is odd (GB 11643: odd = male, even = female). */
  public boolean male() {
    return (value.charAt(16) - '0') % 2 == 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CitizenIdNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked, never the full number. */
  @Override
  public String toString() {
    return masked();
  }
}
