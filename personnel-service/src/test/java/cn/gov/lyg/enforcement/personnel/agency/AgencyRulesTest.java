package cn.gov.lyg.enforcement.personnel.agency;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CITY_JUSTICE;
import static cn.gov.lyg.enforcement.personnel.Fixtures.HZ_JUSTICE;
import static cn.gov.lyg.enforcement.personnel.Fixtures.HZ_MARKET;
import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static cn.gov.lyg.enforcement.personnel.Fixtures.agencyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.Fixtures;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyRulesTest {

    static final Map<String, Agency> KNOWN = Map.of(CITY_JUSTICE, Fixtures.cityJustice(), HZ_JUSTICE,
            Fixtures.hzJustice(), HZ_MARKET, Fixtures.hzMarket(), Fixtures.CITY_MARKET, Fixtures.cityMarket());

    static List<String> codes(AgencyRequest request) {
        return AgencyRules.check(request, KNOWN, RegionCodes.defaultCodes(), "3207", TODAY).stream()
                .map(FieldViolation::code).toList();
    }

    static AgencyRequest county(String region, String bureau) {
        return agencyRequest("113207063002000399", AgencyKind.ADMIN_ORGAN, AdminLevel.COUNTY, region, bureau,
                EnforcementDomain.URBAN_MGMT);
    }

    @Test
    void theReferenceAgenciesAreValid() {
        assertThat(codes(county("320706", HZ_JUSTICE))).isEmpty();
        assertThat(codes(county("320706", CITY_JUSTICE))).isEmpty();
        assertThat(codes(agencyRequest(CITY_JUSTICE, AgencyKind.JUSTICE_BUREAU, AdminLevel.CITY, "320700", null)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"320705, REGION_OBSOLETE", "320799, REGION_UNKNOWN", "320506, REGION_OUT_OF_SCOPE",
            "32070, REGION_FORMAT"})
    void regionsMustBeCurrentLianyungangCodes(String region, String code) {
        assertThat(codes(county(region, CITY_JUSTICE))).contains(code);
    }

    @Test
    void governmentBodiesHaveCodesStartingWith11() {
        var request = agencyRequest("91320706MA1XK7C38L", AgencyKind.ADMIN_ORGAN, AdminLevel.COUNTY, "320706",
                HZ_JUSTICE, EnforcementDomain.MARKET);
        assertThat(codes(request)).containsExactly("USCC_NOT_GOVERNMENT_BODY");
        var authorised = agencyRequest("91320706MA1XK7C38L", AgencyKind.AUTHORIZED_ORG, AdminLevel.COUNTY, "320706",
                HZ_JUSTICE, EnforcementDomain.MARKET);
        assertThat(codes(authorised)).isEmpty();
    }

    @Test
    void levelKindAndRegionMustAgree() {
        assertThat(codes(agencyRequest("113207063002000399", AgencyKind.ADMIN_ORGAN, AdminLevel.CITY, "320706",
                HZ_JUSTICE, EnforcementDomain.MARKET))).containsExactly("LEVEL_REGION_MISMATCH");
        assertThat(codes(agencyRequest("113207063002000399", AgencyKind.ADMIN_ORGAN, AdminLevel.COUNTY, "320700",
                CITY_JUSTICE, EnforcementDomain.MARKET))).containsExactly("LEVEL_REGION_MISMATCH");
        assertThat(codes(agencyRequest("113207063002000399", AgencyKind.TOWNSHIP_GOV, AdminLevel.COUNTY, "320706",
                HZ_JUSTICE, EnforcementDomain.MARKET))).containsExactly("KIND_LEVEL_MISMATCH");
    }

    @Test
    void theRegisterHoldsNoProvincialAgency() {
        assertThat(codes(agencyRequest("113207063002000399", AgencyKind.ADMIN_ORGAN, AdminLevel.PROVINCE, "320700",
                CITY_JUSTICE, EnforcementDomain.MARKET))).containsExactly("ADMIN_LEVEL_NOT_REGISTRABLE");
    }

    @Test
    void townshipsNeedATownshipCodeInsideTheirRegion() {
        var base = agencyRequest("113207063002000399", AgencyKind.TOWNSHIP_GOV, AdminLevel.TOWNSHIP, "320706",
                HZ_JUSTICE, EnforcementDomain.URBAN_MGMT);
        assertThat(codes(base)).containsExactly("TOWNSHIP_CODE_REQUIRED");
        assertThat(codes(withTownship(base, "320722001"))).containsExactly("TOWNSHIP_CODE_MISMATCH");
        assertThat(codes(withTownship(base, "320706001"))).isEmpty();
        assertThat(codes(withTownship(county("320706", HZ_JUSTICE), "320706001")))
                .containsExactly("TOWNSHIP_CODE_NOT_ALLOWED");
    }

    static AgencyRequest withTownship(AgencyRequest r, String township) {
        return new AgencyRequest(r.name(), r.uscc(), r.agencyKind(), r.adminLevel(), r.regionCode(), township,
                r.parentAgencyCode(), r.supervisingJusticeBureauCode(), r.domains(), r.entrustingAgencyCode(), null,
                null, null, null);
    }

    @Test
    void enforcementSubjectsNeedDomains() {
        assertThat(codes(agencyRequest("113207063002000399", AgencyKind.ADMIN_ORGAN, AdminLevel.COUNTY, "320706",
                HZ_JUSTICE))).containsExactly("DOMAINS_REQUIRED");
    }

    @Test
    void onlyEntrustedOrganisationsNameAnActiveEntrustingAgency() {
        var entrusted = new AgencyRequest("海州区市场监管综合执法大队", "12320706MA1XK7C38L", AgencyKind.ENTRUSTED_ORG,
                AdminLevel.COUNTY, "320706", null, null, HZ_JUSTICE, Set.of(EnforcementDomain.MARKET), null, null,
                null, null, null);
        assertThat(codes(entrusted)).contains("ENTRUSTING_AGENCY_REQUIRED");
        assertThat(codes(withEntrusting(entrusted, HZ_MARKET))).isEmpty();
        assertThat(codes(withEntrusting(entrusted, HZ_JUSTICE))).contains("ENTRUSTING_AGENCY_INVALID");
        assertThat(codes(withEntrusting(entrusted, "11320722300400022W"))).contains("ENTRUSTING_AGENCY_INVALID");
        assertThat(codes(withEntrusting(county("320706", HZ_JUSTICE), HZ_MARKET)))
                .containsExactly("ENTRUSTING_AGENCY_NOT_ALLOWED");
    }

    static AgencyRequest withEntrusting(AgencyRequest r, String entrusting) {
        return new AgencyRequest(r.name(), r.uscc(), r.agencyKind(), r.adminLevel(), r.regionCode(), null,
                r.parentAgencyCode(), r.supervisingJusticeBureauCode(), r.domains(), entrusting, null, null, null,
                null);
    }

    @Test
    void theSupervisingBureauIsAJusticeBureauCoveringTheRegion() {
        assertThat(codes(county("320706", null))).containsExactly("SUPERVISING_BUREAU_REQUIRED");
        assertThat(codes(county("320706", HZ_MARKET))).containsExactly("SUPERVISING_BUREAU_INVALID");
        assertThat(codes(county("320722", HZ_JUSTICE))).containsExactly("SUPERVISING_BUREAU_INVALID");
        assertThat(codes(county("320706", "11320722300400022W"))).containsExactly("SUPERVISING_BUREAU_INVALID");
    }

    @Test
    void theParentCoversTheRegionAndConfirmationDatesAreNotInTheFuture() {
        var r = county("320706", HZ_JUSTICE);
        var withParent = new AgencyRequest(r.name(), r.uscc(), r.agencyKind(), r.adminLevel(), r.regionCode(), null,
                Fixtures.CITY_MARKET, HZ_JUSTICE, r.domains(), null, true, TODAY, null, null);
        assertThat(codes(withParent)).isEmpty();
        var wrongParent = new AgencyRequest(r.name(), r.uscc(), r.agencyKind(), r.adminLevel(), "320707", null,
                HZ_MARKET, CITY_JUSTICE, r.domains(), null, false, TODAY.plusDays(1), null, null);
        assertThat(codes(wrongParent)).containsExactlyInAnyOrder("PARENT_AGENCY_INVALID", "CONFIRMATION_DATE_INVALID");
    }

    @Test
    void mergedAndAbolishedAreTerminal() {
        Agency agency = Fixtures.hzMarket();
        agency.close(AgencyStatus.MERGED, Fixtures.CITY_MARKET, TODAY);
        assertThat(agency.isActive()).isFalse();
        assertThat(agency.enforcesIn(EnforcementDomain.MARKET)).isFalse();
        assertThat(agency.pendingAudit()).extracting(a -> a.action()).containsExactly("AGENCY_REGISTERED",
                "AGENCY_MERGED");
        assertThatThrownBy(() -> agency.update(county("320706", HZ_JUSTICE)))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> agency.close(AgencyStatus.ABOLISHED, null, TODAY))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void theCreditCodeNeverChanges() {
        Agency agency = Fixtures.hzMarket();
        assertThatThrownBy(() -> agency.update(county("320706", HZ_JUSTICE)))
                .hasMessage("AGENCY_CODE_IMMUTABLE");
    }
}
