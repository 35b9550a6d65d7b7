package cn.gov.lyg.enforcement.personnel.agency;

import static cn.gov.lyg.enforcement.personnel.Fixtures.CITY_JUSTICE;
import static cn.gov.lyg.enforcement.personnel.Fixtures.HZ_JUSTICE;
import static cn.gov.lyg.enforcement.personnel.Fixtures.HZ_MARKET;
import static cn.gov.lyg.enforcement.personnel.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.Fixtures;
import cn.gov.lyg.enforcement.personnel.TestIds;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 司法所: a JUSTICE_BUREAU at TOWNSHIP level under its county judicial bureau. */
class JudicialOfficeRulesTest {

    static final String OFFICE = TestIds.uscc("320706");
    static final Agency DH_JUSTICE = Agency.register(Fixtures.agencyRequest("11320722300400030X",
            AgencyKind.JUSTICE_BUREAU, AdminLevel.COUNTY, "320722", CITY_JUSTICE));
    static final Agency OFFICE_AGENCY = Agency.register(office(HZ_JUSTICE, HZ_JUSTICE, "320706100"));
    static final Map<String, Agency> KNOWN = Map.of(CITY_JUSTICE, Fixtures.cityJustice(), HZ_JUSTICE,
            Fixtures.hzJustice(), HZ_MARKET, Fixtures.hzMarket(), DH_JUSTICE.getUscc(), DH_JUSTICE, OFFICE,
            OFFICE_AGENCY);

    static AgencyRequest office(String parent, String bureau, String township) {
        return new AgencyRequest("海州区新坝司法所", OFFICE, AgencyKind.JUSTICE_BUREAU, AdminLevel.TOWNSHIP, "320706",
                township, parent, bureau, Set.of(), null, null, null, null, null);
    }

    static List<String> codes(AgencyRequest request) {
        return AgencyRules.check(request, KNOWN, RegionCodes.defaultCodes(), "3207", TODAY).stream()
                .map(FieldViolation::code).toList();
    }

    @Test
    void aJudicialOfficeIsATownshipJusticeAgencyUnderItsCountyBureau() {
        assertThat(codes(office(HZ_JUSTICE, HZ_JUSTICE, "320706100"))).isEmpty();
        assertThat(AgencyRules.isJudicialOffice(office(HZ_JUSTICE, HZ_JUSTICE, "320706100"))).isTrue();
        assertThat(OFFICE_AGENCY.isJudicialOffice()).isTrue();
        assertThat(Fixtures.hzJustice().isJudicialOffice()).isFalse();
        assertThat(OFFICE_AGENCY.enforcesIn(EnforcementDomain.MARKET)).isFalse();
    }

    @Test
    void itNeedsTheCountyBureauOfItsOwnCountyAsParent() {
        assertThat(codes(office(null, HZ_JUSTICE, "320706100"))).containsExactly("JUDICIAL_OFFICE_PARENT_REQUIRED");
        assertThat(codes(office(CITY_JUSTICE, HZ_JUSTICE, "320706100")))
                .containsExactly("JUDICIAL_OFFICE_PARENT_INVALID");
        assertThat(codes(office(DH_JUSTICE.getUscc(), HZ_JUSTICE, "320706100")))
                .containsExactly("JUDICIAL_OFFICE_PARENT_INVALID");
        assertThat(codes(office(HZ_MARKET, HZ_JUSTICE, "320706100"))).containsExactly("JUDICIAL_OFFICE_PARENT_INVALID");
    }

    @Test
    void itIsATownshipAgencyWithATownshipCode() {
        assertThat(codes(office(HZ_JUSTICE, HZ_JUSTICE, null))).containsExactly("TOWNSHIP_CODE_REQUIRED");
        assertThat(codes(office(HZ_JUSTICE, HZ_JUSTICE, "320722100"))).containsExactly("TOWNSHIP_CODE_MISMATCH");
    }

    @Test
    void onlyTownshipGovernmentsAndJudicialOfficesAreTownshipAgencies() {
        var organ = new AgencyRequest("某乡镇机关", TestIds.uscc("320706"), AgencyKind.ADMIN_ORGAN,
                AdminLevel.TOWNSHIP, "320706", "320706100", null, HZ_JUSTICE, Set.of(EnforcementDomain.MARKET), null,
                null, null, null, null);
        assertThat(codes(organ)).containsExactly("KIND_LEVEL_MISMATCH");
        var countyTownshipGov = Fixtures.agencyRequest(TestIds.uscc("320706"), AgencyKind.TOWNSHIP_GOV,
                AdminLevel.COUNTY, "320706", HZ_JUSTICE, EnforcementDomain.URBAN_MGMT);
        assertThat(codes(countyTownshipGov)).contains("KIND_LEVEL_MISMATCH");
    }

    @Test
    void aJudicialOfficeSupervisesNobody() {
        var underOffice = Fixtures.agencyRequest(TestIds.uscc("320706"), AgencyKind.ADMIN_ORGAN, AdminLevel.COUNTY,
                "320706", OFFICE, EnforcementDomain.MARKET);
        assertThat(codes(underOffice)).containsExactly("SUPERVISING_BUREAU_INVALID");
    }
}
