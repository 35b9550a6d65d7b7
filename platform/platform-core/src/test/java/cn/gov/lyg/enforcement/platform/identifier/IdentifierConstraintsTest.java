package cn.gov.lyg.enforcement.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentifierConstraintsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  record Agency(
      @ValidUscc String uscc,
      @ValidRegionCode(scopePrefix = "3207") String regionCode) {
  }

  record Officer(@ValidCitizenId String idCardNo) {
  }

  record HistoricalCase(@ValidRegionCode(scopePrefix = "3207", allowObsolete = true) String regionCode) {
  }

  record StrictEntity(@ValidUscc(requireNormalised = true) String uscc) {
  }

  record AnyRegion(@ValidRegionCode String regionCode) {
  }

  @BeforeAll
  static void buildValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  @BeforeEach
  void fixClock() {
    IdentifierConstraintSettings.useClock(
        Clock.fixed(Instant.parse("2025-06-15T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
  }

  @AfterEach
  void resetSettings() {
    IdentifierConstraintSettings.reset();
  }

  private static Map<String, String> messagesByProperty(Object bean) {
    Map<String, String> map = new TreeMap<>();
    for (ConstraintViolation<Object> v : validator.validate(bean)) {
      map.put(v.getPropertyPath().toString(), v.getMessage());
    }
    return map;
  }

  @Test
  void validAgencyHasNoViolations() {
    assertThat(validator.validate(new Agency("11320706300200020C", "320706"))).isEmpty();
    assertThat(validator.validate(new Agency("91320706ma1xk7c38l", "320771"))).isEmpty();
  }

  @Test
  void nullValuesAreValid() {
    assertThat(validator.validate(new Agency(null, null))).isEmpty();
    assertThat(validator.validate(new Officer(null))).isEmpty();
    assertThat(validator.validate(new HistoricalCase(null))).isEmpty();
  }

  @Test
  void usccViolationsCarryTheStableCodeAsMessage() {
    assertThat(messagesByProperty(new Agency("91320706MA1XK7C380", "320706")))
        .containsExactly(Map.entry("uscc", "USCC_CHECKSUM"));
    assertThat(messagesByProperty(new Agency("91320706MA1IK7C38L", "320706")))
        .containsExactly(Map.entry("uscc", "USCC_FORMAT"));
    assertThat(messagesByProperty(new Agency("9132070MA1XK7C38L", "320706")))
        .containsExactly(Map.entry("uscc", "USCC_LENGTH"));
  }

  @Test
  void exactlyOneViolationPerInvalidValue() {
    Set<ConstraintViolation<Agency>> violations = validator.validate(new Agency("91320706MA1XK7C380", "320705"));

    assertThat(violations).hasSize(2);
    assertThat(violations).allSatisfy(v -> assertThat(v.getMessageTemplate()).matches("^[A-Z][A-Z0-9_]+$"));
  }

  @Test
  void legacyCodeIsAcceptedThroughTheConfiguredWhitelist() {
    assertThat(validator.validate(new Agency("91350203M0001QAY9B", "320706"))).isEmpty();

    IdentifierConstraintSettings.useLegacyCreditCodes(LegacyCreditCodes.none());

    assertThat(messagesByProperty(new Agency("91350203M0001QAY9B", "320706")))
        .containsExactly(Map.entry("uscc", "USCC_CHECKSUM"));
  }

  @Test
  void strictModeRejectsUnnormalisedInput() {
    assertThat(messagesByProperty(new StrictEntity("91320706ma1xk7c38l")))
        .containsExactly(Map.entry("uscc", "USCC_FORMAT"));
    assertThat(messagesByProperty(new StrictEntity(" 91320706MA1XK7C38L")))
        .containsExactly(Map.entry("uscc", "USCC_FORMAT"));
    assertThat(validator.validate(new StrictEntity("91320706MA1XK7C38L"))).isEmpty();
  }

  @Test
  void regionViolationsCarryTheStableCodeAsMessage() {
    assertThat(messagesByProperty(new Agency("11320706300200020C", "320705")))
        .containsExactly(Map.entry("regionCode", "REGION_OBSOLETE"));
    assertThat(messagesByProperty(new Agency("11320706300200020C", "320799")))
        .containsExactly(Map.entry("regionCode", "REGION_UNKNOWN"));
    assertThat(messagesByProperty(new Agency("11320706300200020C", "320506")))
        .containsExactly(Map.entry("regionCode", "REGION_OUT_OF_SCOPE"));
    assertThat(messagesByProperty(new Agency("11320706300200020C", "3207")))
        .containsExactly(Map.entry("regionCode", "REGION_FORMAT"));
  }

  @Test
  void historicalRegionAcceptsObsoleteCodesButNotForeignOnes() {
    assertThat(validator.validate(new HistoricalCase("320705"))).isEmpty();
    assertThat(validator.validate(new HistoricalCase("320721"))).isEmpty();
    assertThat(messagesByProperty(new HistoricalCase("320506")))
        .containsExactly(Map.entry("regionCode", "REGION_OUT_OF_SCOPE"));
  }

  @Test
  void regionWithoutScopeAcceptsAnyKnownCurrentCode() {
    assertThat(validator.validate(new AnyRegion("320506"))).isEmpty();
    assertThat(messagesByProperty(new AnyRegion("320705")))
        .containsExactly(Map.entry("regionCode", "REGION_OBSOLETE"));
  }

  @Test
  void regionValidatorUsesTheConfiguredList() {
    IdentifierConstraintSettings.useRegionCodes(RegionCodes.of(List.of(
        new Region("320000", "江苏省", RegionLevel.PROVINCE, null, null, null),
        new Region("320700", "连云港市", RegionLevel.CITY, "320000", null, null),
        new Region("320799", "测试区", RegionLevel.COUNTY, "320700", null, null))));

    assertThat(validator.validate(new AnyRegion("320799"))).isEmpty();
    assertThat(messagesByProperty(new AnyRegion("320706")))
        .containsExactly(Map.entry("regionCode", "REGION_UNKNOWN"));
  }

  @Test
  void citizenIdViolationsCarryTheStableCodeAsMessage() {
    assertThat(validator.validate(new Officer("320706198503120416"))).isEmpty();
    assertThat(validator.validate(new Officer("32072219880105033x"))).isEmpty();
    assertThat(messagesByProperty(new Officer("320706198503120417")))
        .containsExactly(Map.entry("idCardNo", "ID_CARD_CHECKSUM"));
    assertThat(messagesByProperty(new Officer("32070619850312041")))
        .containsExactly(Map.entry("idCardNo", "ID_CARD_LENGTH"));
    assertThat(messagesByProperty(new Officer("3207061985031204A6")))
        .containsExactly(Map.entry("idCardNo", "ID_CARD_FORMAT"));
    assertThat(messagesByProperty(new Officer("320706198502300416")))
        .containsExactly(Map.entry("idCardNo", "ID_CARD_BIRTH_DATE"));
  }

  @Test
  void citizenIdBirthDateUsesTheConfiguredClock() {
    IdentifierConstraintSettings.useClock(
        Clock.fixed(Instant.parse("1985-03-10T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    assertThat(messagesByProperty(new Officer("320706198503120416")))
        .containsExactly(Map.entry("idCardNo", "ID_CARD_BIRTH_DATE"));
  }

  @Test
  void everyErrorCodeHasAnEnglishAndAChineseMessage() {
    List<String> codes = Stream.of(UsccStatus.values(), CitizenIdStatus.values(), RegionStatus.values())
        .flatMap(Arrays::stream)
        .filter(s -> s != UsccStatus.VALID && s != CitizenIdStatus.VALID && s != RegionStatus.VALID)
        .map(IdentifierErrorCode::code)
        .toList();
    ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
    ResourceBundle en = ResourceBundle.getBundle("cn.gov.lyg.enforcement.platform.identifier.messages",
        Locale.ROOT, noFallback);
    ResourceBundle zh = ResourceBundle.getBundle("cn.gov.lyg.enforcement.platform.identifier.messages",
        Locale.CHINESE, noFallback);

    assertThat(codes).hasSize(12).contains("LEGACY_CODE");
    assertThat(zh.getLocale()).isEqualTo(Locale.CHINESE);
    for (String code : codes) {
      assertThat(en.getString(code)).as(code).isNotBlank().matches("\\p{ASCII}+");
      assertThat(zh.getString(code)).as(code).containsPattern("\\p{IsHan}");
    }
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(codes);
  }
}
