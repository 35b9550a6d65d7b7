package cn.gov.lyg.enforcement.personnel;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.agency.Agency;
import cn.gov.lyg.enforcement.personnel.agency.AgencyRequest;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.officer.Education;
import cn.gov.lyg.enforcement.personnel.officer.Gender;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerProfile;
import cn.gov.lyg.enforcement.personnel.officer.StaffType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** Sample data of DOMAIN.md §3.2/§3.6 as plain domain objects, and a fixed clock (2025-03-01 10:00 Shanghai). */
public final class Fixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), SHANGHAI);
    public static final LocalDate TODAY = LocalDate.now(CLOCK);
    public static final String HZ_MARKET = "11320706300200020C";
    public static final String HZ_JUSTICE = "11320706300200012H";
    public static final String CITY_JUSTICE = "113207003001000115";
    public static final String CITY_MARKET = "1132070030010002XW";

    private Fixtures() {
    }

    public static AgencyRequest agencyRequest(String uscc, AgencyKind kind, AdminLevel level, String region,
                                              String bureau, EnforcementDomain... domains) {
        return new AgencyRequest("测试机关", uscc, kind, level, region, null, null, bureau, Set.of(domains), null,
                null, null, null, null);
    }

    public static Agency cityJustice() {
        return Agency.register(agencyRequest(CITY_JUSTICE, AgencyKind.JUSTICE_BUREAU, AdminLevel.CITY, "320700",
                null));
    }

    public static Agency hzJustice() {
        return Agency.register(agencyRequest(HZ_JUSTICE, AgencyKind.JUSTICE_BUREAU, AdminLevel.COUNTY, "320706",
                CITY_JUSTICE));
    }

    public static Agency hzMarket() {
        return Agency.register(agencyRequest(HZ_MARKET, AgencyKind.ADMIN_ORGAN, AdminLevel.COUNTY, "320706",
                HZ_JUSTICE, EnforcementDomain.MARKET));
    }

    public static Agency cityMarket() {
        return Agency.register(agencyRequest(CITY_MARKET, AgencyKind.ADMIN_ORGAN, AdminLevel.CITY, "320700",
                CITY_JUSTICE, EnforcementDomain.MARKET));
    }

    public static OfficerProfile profile() {
        return new OfficerProfile("张海涛", null, StaffType.CIVIL_SERVANT, "科员", Education.BACHELOR, false, false,
                false, "13912345678", "hz-officer");
    }

    /** O01 张海涛 of A12 海州区市场监管局, just registered (its OfficerProfileChanged still pending). */
    public static Officer newOfficer() {
        return Officer.register(profile(), Gender.MALE, "cipher", "hash", "320706********0416", HZ_MARKET, "320706",
                LocalDate.of(2015, 7, 1), "hz-agency-admin", CLOCK);
    }

    /** O01 张海涛 of A12 海州区市场监管局, registered (its registration event taken by the outbox, the audit pending). */
    public static Officer officer() {
        Officer o = newOfficer();
        o.pendingEvents().clear();
        return o;
    }

    /** An ACTIVE MARKET certificate for 320706 valid from {@code from} for five years. */
    public static Certificate activeCertificate(Officer officer, LocalDate from) {
        Certificate c = Certificate.apply(CertificateKind.ENFORCEMENT, officer.getId(), officer.getName(),
                officer.getAgencyCode(), officer.getRegionCode(), Set.of(EnforcementDomain.MARKET), Set.of("320706"),
                "《食品安全法》第一百一十条", "hz-agency-admin", CLOCK);
        c.approve("hz-supervisor", CLOCK);
        c.issue("JSZF-320706-" + from.getYear() + "-" + TestIds.next(), from, from.plusYears(5).minusDays(1),
                "hz-supervisor", CLOCK);
        return c;
    }
}
