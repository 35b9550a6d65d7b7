package cn.gov.lyg.enforcement.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodesTest {

  private final RegionCodes codes = RegionCodes.defaultCodes();

  @Test
  void shipsTheProvinceAndAllThirteenCities() {
    assertThat(codes.lookup("320000")).hasValueSatisfying(r -> {
      assertThat(r.name()).isEqualTo("江苏省");
      assertThat(r.level()).isEqualTo(RegionLevel.PROVINCE);
      assertThat(r.parent()).isEmpty();
    });
    assertThat(codes.all().stream().filter(r -> r.level() == RegionLevel.CITY).map(Region::code))
        .containsExactlyInAnyOrder("320100", "320200", "320300", "320400", "320500", "320600", "320700", "320800",
            "320900", "321000", "321100", "321200", "321300");
  }

  @ParameterizedTest
  @CsvSource({
      "320700, 连云港市, CITY",
      "320701, 市辖区, STATISTICAL",
      "320703, 连云区, COUNTY",
      "320706, 海州区, COUNTY",
      "320707, 赣榆区, COUNTY",
      "320722, 东海县, COUNTY",
      "320723, 灌云县, COUNTY",
      "320724, 灌南县, COUNTY",
      "320771, 连云港经济技术开发区, FUNCTIONAL_ZONE",
      "320772, 连云港高新技术产业开发区, FUNCTIONAL_ZONE",
      "320505, 虎丘区, COUNTY",
      "320506, 吴中区, COUNTY",
      "320507, 相城区, COUNTY",
      "320508, 姑苏区, COUNTY",
      "320509, 吴江区, COUNTY"})
  void knowsTheLianyungangAndSuzhouCodes(String code, String name, RegionLevel level) {
    Region region = codes.lookup(code).orElseThrow();

    assertThat(region.name()).isEqualTo(name);
    assertThat(region.level()).isEqualTo(level);
    assertThat(region.obsolete()).isFalse();
  }

  @Test
  void knowsTheCodesAbolishedIn2014AndTheirSuccessors() {
    Region xinpu = codes.lookup("320705").orElseThrow();
    Region ganyuCounty = codes.lookup("320721").orElseThrow();

    assertThat(xinpu.name()).isEqualTo("新浦区");
    assertThat(xinpu.obsoleteSince()).isEqualTo(Year.of(2014));
    assertThat(xinpu.replacement()).contains("320706");
    assertThat(ganyuCounty.name()).isEqualTo("赣榆县");
    assertThat(ganyuCounty.obsoleteSince()).isEqualTo(Year.of(2014));
    assertThat(ganyuCounty.replacement()).contains("320707");
    assertThat(codes.current("320705").code()).isEqualTo("320706");
    assertThat(codes.current("320706").code()).isEqualTo("320706");
  }

  @Test
  void shippedListIsConsistent() {
    for (Region r : codes.all()) {
      assertThat(r.code()).startsWith("32");
      if (r.level() == RegionLevel.PROVINCE) {
        continue;
      }
      Region parent = codes.lookup(r.parentCode()).orElseThrow();
      if (r.level() == RegionLevel.CITY) {
        assertThat(parent.level()).as(r.code()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(r.code()).endsWith("00");
      } else {
        assertThat(parent.level()).as(r.code()).isEqualTo(RegionLevel.CITY);
        assertThat(r.code()).as(r.code()).startsWith(parent.code().substring(0, 4)).doesNotEndWith("00");
      }
    }
  }

  @Test
  void lookupOfUnknownOrMalformedIsEmpty() {
    assertThat(codes.lookup("320799")).isEmpty();
    assertThat(codes.lookup("3207")).isEmpty();
    assertThat(codes.lookup(null)).isEmpty();
  }

  // --- validation for new records: obsolete codes are refused for new records, still read on old ones ---

  @Test
  void inScopeCurrentCodeIsValid() {
    RegionValidation result = codes.validateForNewRecord("320706", "3207");

    assertThat(result.status()).isEqualTo(RegionStatus.VALID);
    assertThat(result.accepted()).isTrue();
    assertThat(result.errorCode()).isEmpty();
    assertThat(result.knownRegion()).map(Region::name).contains("海州区");
  }

  @ParameterizedTest
  @ValueSource(strings = {"320700", "320701", "320703", "320707", "320722", "320723", "320724", "320771", "320772"})
  void everyCurrentLianyungangCodeIsValidForNewRecords(String code) {
    assertThat(codes.validateForNewRecord(code, "3207").status()).isEqualTo(RegionStatus.VALID);
  }

  @Test
  void abolishedCodeOnNewRecordIsObsolete() {
    assertThat(codes.validateForNewRecord("320705", "3207").status()).isEqualTo(RegionStatus.REGION_OBSOLETE);
    assertThat(codes.validateForNewRecord("320721", "3207").status()).isEqualTo(RegionStatus.REGION_OBSOLETE);
    assertThat(codes.validateForNewRecord("320705", null).errorCode()).contains("REGION_OBSOLETE");
  }

  @Test
  void unlistedCodeIsUnknown() {
    RegionValidation result = codes.validateForNewRecord("320799", "3207");

    assertThat(result.status()).isEqualTo(RegionStatus.REGION_UNKNOWN);
    assertThat(result.knownRegion()).isEmpty();
    assertThat(codes.validateForNewRecord("999999", "").status()).isEqualTo(RegionStatus.REGION_UNKNOWN);
  }

  @Test
  void knownCodeOfAnotherCityIsOutOfScope() {
    RegionValidation result = codes.validateForNewRecord("320506", "3207");

    assertThat(result.status()).isEqualTo(RegionStatus.REGION_OUT_OF_SCOPE);
    assertThat(result.knownRegion()).map(Region::name).contains("吴中区");
    assertThat(codes.validateForNewRecord("320506", "").status()).isEqualTo(RegionStatus.VALID);
    assertThat(codes.validateForNewRecord("320506", "32").status()).isEqualTo(RegionStatus.VALID);
    assertThat(codes.validateForNewRecord("320703", "320706").status()).isEqualTo(RegionStatus.REGION_OUT_OF_SCOPE);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"32070", "3207061", "32070a", " 320706", "３２０７０６"})
  void notSixAsciiDigitsIsFormatError(String code) {
    assertThat(codes.validateForNewRecord(code, "3207").status()).isEqualTo(RegionStatus.REGION_FORMAT);
  }

  @Test
  void malformedScopePrefixIsAProgrammingError() {
    assertThatThrownBy(() -> codes.validateForNewRecord("320706", "32A7"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codes.validateForNewRecord("320706", "3207061"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- historical records ---

  @Test
  void historicalRecordsAcceptAbolishedCodes() {
    assertThat(codes.validateForHistoricalRecord("320705", "3207").status()).isEqualTo(RegionStatus.VALID);
    assertThat(codes.validateForHistoricalRecord("320721", "3207").status()).isEqualTo(RegionStatus.VALID);
    assertThat(codes.validateForHistoricalRecord("320705", "320706").status())
        .as("in scope through its replacement").isEqualTo(RegionStatus.VALID);
    assertThat(codes.validateForHistoricalRecord("320721", "320706").status())
        .isEqualTo(RegionStatus.REGION_OUT_OF_SCOPE);
  }

  @Test
  void historicalRecordsStillRejectUnknownForeignAndMalformedCodes() {
    assertThat(codes.validateForHistoricalRecord("320799", "3207").status()).isEqualTo(RegionStatus.REGION_UNKNOWN);
    assertThat(codes.validateForHistoricalRecord("320506", "3207").status())
        .isEqualTo(RegionStatus.REGION_OUT_OF_SCOPE);
    assertThat(codes.validateForHistoricalRecord("3207", "3207").status()).isEqualTo(RegionStatus.REGION_FORMAT);
    assertThat(codes.validateForHistoricalRecord("320706", "3207").status()).isEqualTo(RegionStatus.VALID);
  }

  // --- data-scope hierarchy ---

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
      "320000, 320000, true",
      "320000, 320700, true",
      "320000, 320706, true",
      "320000, 320506, true",
      "320000, 320705, true",
      "320000, 330106, false",
      "320700, 320700, true",
      "320700, 320701, true",
      "320700, 320706, true",
      "320700, 320771, true",
      "320700, 320705, true",
      "320700, 320721, true",
      "320700, 320506, false",
      "320700, 320000, false",
      "320706, 320706, true",
      "320706, 320705, true",
      "320707, 320721, true",
      "320706, 320721, false",
      "320706, 320703, false",
      "320706, 320700, false",
      "320722, 320722, true",
      "320722, 320723, false",
      "320705, 320706, false",
      "320706, 32070, false",
      "3207, 320706, false"})
  void coversFollowsTheRegionHierarchy(String scope, String region, boolean expected) {
    assertThat(codes.covers(scope, region)).isEqualTo(expected);
  }

  @Test
  void coversHandlesNull() {
    assertThat(codes.covers(null, "320706")).isFalse();
    assertThat(codes.covers("320700", null)).isFalse();
  }

  // --- loading ---

  @Test
  void loadsACustomListAndFollowsReplacementChains() {
    String csv = """
        # test
        code,name,level,parentCode,obsoleteSince,replacedBy
        990000,测试省,PROVINCE,,,
        990100,测试市,CITY,990000,,
        990101,甲区,COUNTY,990100,2001,990102
        990102,乙区,COUNTY,990100,2010,990103
        990103,丙区,COUNTY,990100,,
        """;

    RegionCodes custom = RegionCodes.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");

    assertThat(custom.all()).hasSize(5);
    assertThat(custom.current("990101").code()).isEqualTo("990103");
    assertThat(custom.covers("990103", "990101")).isTrue();
    assertThat(custom.validateForNewRecord("990102", "99").status()).isEqualTo(RegionStatus.REGION_OBSOLETE);
    assertThat(custom.validateForNewRecord("320706", "").status()).isEqualTo(RegionStatus.REGION_UNKNOWN);
  }

  @Test
  void rejectsInconsistentLists() {
    assertThatThrownBy(() -> load("990000,测试省,PROVINCE,,,\n990000,测试省,PROVINCE,,,\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
    assertThatThrownBy(() -> load("990100,测试市,CITY,990000,,\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent");
    assertThatThrownBy(() -> load("990000,测试省,PROVINCE,,2001,990001\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replacement");
    assertThatThrownBy(() -> load("990000,测试省,PROVINCE,,,990001\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> load("990000,测试省,REGION,,,\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test:1");
    assertThatThrownBy(() -> load("99000,测试省,PROVINCE,,,\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> load("990000,测试省,PROVINCE,,\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RegionCodes load(String csv) {
    return RegionCodes.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
  }
}
