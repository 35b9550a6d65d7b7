package cn.gov.lyg.enforcement.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  /** DOMAIN.md §3.2, synthetic agency codes A01–A22. */
  static Stream<String> agencyCodes() {
    return Stream.of(
        "113207003001000115", "1132070030010002XW", "11320700300100038W", "11320700300100046P",
        "11320700300100054J", "11320700300100062D", "113207003001000708", "113207003001000895",
        "113207003001000970", "1132070030010010XG", "11320700300100118G", "11320706300200012H",
        "11320706300200020C", "113207063002000399", "11320707300300013M", "11320707300300021G",
        "113207223004000142", "11320722300400022W", "113207233005000156", "11320724300600016A",
        "11320722300401017J", "113207073003010166");
  }

  /** DOMAIN.md §3.5 enterprise codes. */
  static Stream<String> enterpriseCodes() {
    return Stream.of(
        "91320706MA1XK7C38L", "91320703MA20LG5Q3U", "91320707MA1N8W2R45", "91320722MA21TD9K6J",
        "91320723MA1Y3P6H19", "91320724MA22HQ4B1P", "92320706MA1QWE3L65", "93320722MA1JKR7DX8",
        "91320771MA1M5U8F18", "91320700MA1TPX0G2T");
  }

  static Stream<String> allValidCodes() {
    return Stream.concat(Stream.of("91350100M000100Y43"), Stream.concat(agencyCodes(), enterpriseCodes()));
  }

  @Test
  void standardVectorIsValidAndParsed() {
    UsccValidation result = UnifiedSocialCreditCode.validate("91350100M000100Y43");

    assertThat(result.status()).isEqualTo(UsccStatus.VALID);
    assertThat(result.accepted()).isTrue();
    assertThat(result.errorCode()).isEmpty();
    assertThat(result.normalised()).isFalse();
    UnifiedSocialCreditCode code = result.parsed().orElseThrow();
    assertThat(code.registrationDepartment()).isEqualTo('9');
    assertThat(code.category()).isEqualTo('1');
    assertThat(code.regionCode()).isEqualTo("350100");
    assertThat(code.subjectIdentifier()).isEqualTo("M000100Y4");
    assertThat(code.checkCharacter()).isEqualTo('3');
    assertThat(code.legacy()).isFalse();
    assertThat(code).hasToString("91350100M000100Y43");
  }

  @ParameterizedTest
  @MethodSource("agencyCodes")
  void everySyntheticAgencyCodeIsValid(String code) {
    assertThat(UnifiedSocialCreditCode.validate(code).status()).isEqualTo(UsccStatus.VALID);
    UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.of(code);
    assertThat(parsed.registrationDepartment()).isEqualTo('1'); // 机构编制
    assertThat(parsed.category()).isEqualTo('1'); // 机关
    assertThat(parsed.regionCode()).startsWith("3207");
  }

  @ParameterizedTest
  @CsvSource({
      "91320706MA1XK7C38L, 9, 1, 320706",
      "91320703MA20LG5Q3U, 9, 1, 320703",
      "91320707MA1N8W2R45, 9, 1, 320707",
      "91320722MA21TD9K6J, 9, 1, 320722",
      "91320723MA1Y3P6H19, 9, 1, 320723",
      "91320724MA22HQ4B1P, 9, 1, 320724",
      "92320706MA1QWE3L65, 9, 2, 320706",
      "93320722MA1JKR7DX8, 9, 3, 320722",
      "91320771MA1M5U8F18, 9, 1, 320771",
      "91320700MA1TPX0G2T, 9, 1, 320700"})
  void everySyntheticEnterpriseCodeIsValidWithItsParts(String code, char dept, char category, String region) {
    UsccValidation result = UnifiedSocialCreditCode.validate(code);

    assertThat(result.status()).isEqualTo(UsccStatus.VALID);
    UnifiedSocialCreditCode parsed = result.parsed().orElseThrow();
    assertThat(parsed.registrationDepartment()).isEqualTo(dept);
    assertThat(parsed.category()).isEqualTo(category);
    assertThat(parsed.regionCode()).isEqualTo(region);
  }

  @ParameterizedTest
  @MethodSource("allValidCodes")
  void checkDigitReproducesTheEighteenthCharacter(String code) {
    assertThat(UnifiedSocialCreditCode.checkDigit(code.substring(0, 17))).isEqualTo(code.charAt(17));
  }

  @ParameterizedTest
  @MethodSource("allValidCodes")
  void everySingleCharacterSubstitutionIsDetected(String code) {
    for (int pos = 0; pos < 18; pos++) {
      for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
        if (c == code.charAt(pos)) {
          continue;
        }
        String mutated = code.substring(0, pos) + c + code.substring(pos + 1);
        assertThat(UnifiedSocialCreditCode.validate(mutated).status())
            .as("%s (position %d → %s)", mutated, pos + 1, c)
            .isIn(UsccStatus.USCC_CHECKSUM, UsccStatus.USCC_FORMAT);
      }
    }
  }

  @Test
  void wrongCheckCharacterIsChecksumError() {
    UsccValidation result = UnifiedSocialCreditCode.validate("91320706MA1XK7C380");

    assertThat(result.status()).isEqualTo(UsccStatus.USCC_CHECKSUM);
    assertThat(result.accepted()).isFalse();
    assertThat(result.errorCode()).contains("USCC_CHECKSUM");
    assertThat(result.parsed()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "91320706MA1IK7C38L", // I
      "91320706MA1OK7C38L", // O
      "91320706MA1SK7C38L", // S
      "91320706MA1VK7C38L", // V
      "91320706MA1ZK7C38L", // Z
      "9132070AMA1XK7C38L", // letter in the region code
      "I1320706MA1XK7C38L", // I as registration department
      "91320706MA1XK7C38-",
      "91320706MA1XK7 38L"})
  void charactersOutsideTheStructureAreFormatErrors(String code) {
    assertThat(UnifiedSocialCreditCode.validate(code).status()).isEqualTo(UsccStatus.USCC_FORMAT);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"9132070MA1XK7C38L", "91320706MA1XK7C38LL", "   ", "91320706MA1XK7C3 8L"})
  void wrongLengthIsLengthError(String code) {
    assertThat(UnifiedSocialCreditCode.validate(code).status()).isEqualTo(UsccStatus.USCC_LENGTH);
  }

  @Test
  void lowerCaseAndSurroundingSpacesAreNormalisedAndReported() {
    UsccValidation lower = UnifiedSocialCreditCode.validate("91320706ma1xk7c38l");
    UsccValidation spaced = UnifiedSocialCreditCode.validate(" 91320706MA1XK7C38L\u3000");

    assertThat(lower.status()).isEqualTo(UsccStatus.VALID);
    assertThat(lower.normalised()).isTrue();
    assertThat(lower.normalized()).isEqualTo("91320706MA1XK7C38L");
    assertThat(lower.parsed().orElseThrow().value()).isEqualTo("91320706MA1XK7C38L");
    assertThat(spaced.status()).isEqualTo(UsccStatus.VALID);
    assertThat(spaced.normalised()).isTrue();
    assertThat(spaced.normalized()).isEqualTo("91320706MA1XK7C38L");
  }

  @Test
  void lowerCaseWithWrongChecksumIsStillRejected() {
    assertThat(UnifiedSocialCreditCode.validate("91320706ma1xk7c380").status()).isEqualTo(UsccStatus.USCC_CHECKSUM);
  }

  @Test
  void legacyCodeIsRejectedWithoutWhitelistAndAcceptedWithIt() {
    String legacy = "91350203M0001QAY9B";

    assertThat(UnifiedSocialCreditCode.validate(legacy).status()).isEqualTo(UsccStatus.USCC_CHECKSUM);
    UsccValidation whitelisted = UnifiedSocialCreditCode.validate(legacy, LegacyCreditCodes.classpathDefault());
    assertThat(whitelisted.status()).isEqualTo(UsccStatus.LEGACY_CODE);
    assertThat(whitelisted.accepted()).isTrue();
    assertThat(whitelisted.legacy()).isTrue();
    assertThat(whitelisted.errorCode()).isEmpty();
    assertThat(whitelisted.parsed().orElseThrow().legacy()).isTrue();
    assertThat(UnifiedSocialCreditCode.validate(legacy.toLowerCase(), LegacyCreditCodes.classpathDefault()).status())
        .isEqualTo(UsccStatus.LEGACY_CODE);
  }

  @Test
  void whitelistDoesNotRescueOtherChecksumFailuresOrFormatErrors() {
    LegacyCreditCodes whitelist = InMemoryLegacyCreditCodes.of(java.util.List.of("91350203M0001QAY9B"));

    assertThat(UnifiedSocialCreditCode.validate("91320706MA1XK7C380", whitelist).status())
        .isEqualTo(UsccStatus.USCC_CHECKSUM);
    assertThat(UnifiedSocialCreditCode.validate("91320706MA1XK7C38L", whitelist).status())
        .isEqualTo(UsccStatus.VALID);
  }

  @Test
  void ofThrowsWithTheStableCode() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91320706MA1IK7C38L"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.code()).isEqualTo("USCC_FORMAT"));
    assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350203M0001QAY9B"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.code()).isEqualTo("USCC_CHECKSUM"));
    assertThat(UnifiedSocialCreditCode.of("91350203M0001QAY9B", LegacyCreditCodes.classpathDefault()).legacy())
        .isTrue();
  }

  @Test
  void valueObjectEqualityUsesTheNormalisedValue() {
    assertThat(UnifiedSocialCreditCode.of(" 91320706ma1xk7c38l"))
        .isEqualTo(UnifiedSocialCreditCode.of("91320706MA1XK7C38L"))
        .hasSameHashCodeAs(UnifiedSocialCreditCode.of("91320706MA1XK7C38L"));
  }

  @Test
  void checkDigitRejectsBadInput() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkDigit("9132070MA1XK7C38"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkDigit("91320706MA1IK7C38"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void alphabetHas31SymbolsWithoutIOSVZ() {
    assertThat(UnifiedSocialCreditCode.ALPHABET).hasSize(31).doesNotContain("I", "O", "S", "V", "Z");
  }
}
