package cn.gov.lyg.enforcement.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2025, 6, 15, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(),
          ZoneId.of("Asia/Shanghai"));

  /** Builds a number with a correct check character. */
  private static String withCheck(String first17) {
    return first17 + CitizenIdNumber.checkCharacter(first17);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "320706198503120416", "320706199602140572", "320703198904030885", "32072219880105033X",
      "320723199211300643", "320724198706180155", "320707199309090269", "320703199007210821",
      "320722199508200196"})
  void everyOfficerIdOfTheDomainIsValid(String id) {
    CitizenIdValidation result = CitizenIdNumber.validate(id, CLOCK);

    assertThat(result.status()).isEqualTo(CitizenIdStatus.VALID);
    assertThat(result.accepted()).isTrue();
    assertThat(result.errorCode()).isEmpty();
    assertThat(result.normalised()).isFalse();
    assertThat(CitizenIdNumber.checkCharacter(id.substring(0, 17))).isEqualTo(id.charAt(17));
  }

  @Test
  void partsAreParsed() {
    CitizenIdNumber id = CitizenIdNumber.of("320706198503120416", CLOCK);

    assertThat(id.regionCode()).isEqualTo("320706");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
    assertThat(id.male()).isTrue(); // 17th digit 1
    assertThat(CitizenIdNumber.of("320703198904030885", CLOCK).male()).isFalse(); // 17th digit 8
  }

  @Test
  void lowerCaseTrailingXIsNormalised() {
    CitizenIdValidation result = CitizenIdNumber.validate("32072219880105033x", TODAY);

    assertThat(result.status()).isEqualTo(CitizenIdStatus.VALID);
    assertThat(result.normalised()).isTrue();
    assertThat(result.normalized()).isEqualTo("32072219880105033X");
    assertThat(result.parsed().orElseThrow().value()).isEqualTo("32072219880105033X");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"32070619850312041", "3207061985031204160", "320706850312041", "   "})
  void wrongLengthIsLengthError(String id) {
    assertThat(CitizenIdNumber.validate(id, TODAY).status()).isEqualTo(CitizenIdStatus.ID_CARD_LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "3207061985031204A6", // letter inside
      "32070619850312041Y", // Y as check character
      "X20706198503120416", // X not at the end
      "320706 98503120416", // space inside
      "000000198503120416", // no such province
      "990706198503120416"})
  void badCharactersOrRegionPrefixAreFormatErrors(String id) {
    assertThat(CitizenIdNumber.validate(id, TODAY).status()).isEqualTo(CitizenIdStatus.ID_CARD_FORMAT);
  }

  @Test
  void impossibleBirthDatesAreRejectedEvenWithCorrectCheckCharacter() {
    assertThat(CitizenIdNumber.validate(withCheck("32070619850230041"), TODAY).status())
        .as("30 February").isEqualTo(CitizenIdStatus.ID_CARD_BIRTH_DATE);
    assertThat(CitizenIdNumber.validate(withCheck("32070619851312041"), TODAY).status())
        .as("month 13").isEqualTo(CitizenIdStatus.ID_CARD_BIRTH_DATE);
    assertThat(CitizenIdNumber.validate(withCheck("32070620230229041"), TODAY).status())
        .as("29 February of a non-leap year").isEqualTo(CitizenIdStatus.ID_CARD_BIRTH_DATE);
    assertThat(CitizenIdNumber.validate(withCheck("32070618991231041"), TODAY).status())
        .as("before 1900").isEqualTo(CitizenIdStatus.ID_CARD_BIRTH_DATE);
    assertThat(CitizenIdNumber.validate(withCheck("32070620240229041"), TODAY).status())
        .as("29 February of a leap year").isEqualTo(CitizenIdStatus.VALID);
  }

  @Test
  void birthDateMayNotBeAfterTheInjectedToday() {
    String bornToday = withCheck("32070620250615041");
    String bornTomorrow = withCheck("32070620250616041");

    assertThat(CitizenIdNumber.validate(bornToday, TODAY).status()).isEqualTo(CitizenIdStatus.VALID);
    assertThat(CitizenIdNumber.validate(bornTomorrow, TODAY).status()).isEqualTo(CitizenIdStatus.ID_CARD_BIRTH_DATE);
    assertThat(CitizenIdNumber.validate(bornTomorrow, CLOCK).status()).isEqualTo(CitizenIdStatus.ID_CARD_BIRTH_DATE);
    assertThat(CitizenIdNumber.validate(bornTomorrow, TODAY.plusDays(1)).status()).isEqualTo(CitizenIdStatus.VALID);
  }

  @Test
  void wrongCheckCharacterIsChecksumError() {
    assertThat(CitizenIdNumber.validate("320706198503120417", TODAY).status())
        .isEqualTo(CitizenIdStatus.ID_CARD_CHECKSUM);
    assertThat(CitizenIdNumber.validate("320722198801050331", TODAY).status())
        .isEqualTo(CitizenIdStatus.ID_CARD_CHECKSUM);
    assertThat(CitizenIdNumber.validate("32070619850312041X", TODAY).errorCode()).contains("ID_CARD_CHECKSUM");
  }

  @Test
  void everySingleDigitChangeOfTheSequenceIsDetected() {
    String id = "320706198503120416";
    for (int pos = 14; pos < 17; pos++) {
      for (char c = '0'; c <= '9'; c++) {
        if (c == id.charAt(pos)) {
          continue;
        }
        String mutated = id.substring(0, pos) + c + id.substring(pos + 1);
        assertThat(CitizenIdNumber.validate(mutated, TODAY).status()).as(mutated)
            .isEqualTo(CitizenIdStatus.ID_CARD_CHECKSUM);
      }
    }
  }

  @Test
  void swappedDigitsAreDetected() {
    assertThat(CitizenIdNumber.validate("320706198503120146", TODAY).status())
        .isEqualTo(CitizenIdStatus.ID_CARD_CHECKSUM);
  }

  @Test
  void maskShowsFirstSixAndLastFour() {
    assertThat(CitizenIdNumber.mask("320706198503120416")).isEqualTo("320706********0416");
    assertThat(CitizenIdNumber.mask("32072219880105033x")).isEqualTo("320722********033X");
    assertThat(CitizenIdNumber.mask("320706850312041")).isEqualTo("320706*****2041");
    assertThat(CitizenIdNumber.mask("1234567890")).isEqualTo("**********");
    assertThat(CitizenIdNumber.mask(null)).isNull();
  }

  @Test
  void toStringNeverShowsTheFullNumber() {
    CitizenIdNumber id = CitizenIdNumber.of("320706198503120416", CLOCK);
    CitizenIdValidation result = CitizenIdNumber.validate("320706198503120417", TODAY);

    assertThat(id).hasToString("320706********0416");
    assertThat(id.masked()).isEqualTo("320706********0416");
    assertThat(result.toString()).doesNotContain("198503120417").contains("320706********0417");
  }

  @Test
  void ofThrowsWithTheStableCode() {
    assertThatThrownBy(() -> CitizenIdNumber.of("320706198503120417", CLOCK))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.code()).isEqualTo("ID_CARD_CHECKSUM"))
        .hasMessageNotContaining("198503");
  }

  @Test
  void checkCharacterRejectsBadInput() {
    assertThatThrownBy(() -> CitizenIdNumber.checkCharacter("3207061985031204"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CitizenIdNumber.checkCharacter("3207061985031204A"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
