package cn.gov.lyg.enforcement.inspection;

import cn.gov.lyg.enforcement.inspection.draw.SpotCheckDraw;
import cn.gov.lyg.enforcement.inspection.entity.EntityAccess;
import cn.gov.lyg.enforcement.inspection.entity.EntityRules;
import cn.gov.lyg.enforcement.inspection.publicity.PublicityDeadline;
import cn.gov.lyg.enforcement.inspection.record.MobileRecordRules;
import cn.gov.lyg.enforcement.inspection.record.ResultCodeRules;
import cn.gov.lyg.enforcement.inspection.team.TeamRules;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.identifier.InMemoryLegacyCreditCodes;
import cn.gov.lyg.enforcement.platform.identifier.LegacyCreditCodes;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.inspection.eligibility.EligibilityRules;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java rule objects of the service, configured from {@code inspection.*} properties. */
@Configuration
public class InspectionConfiguration {

    @Bean
    RegionCodes regionCodes() {
        return RegionCodes.defaultCodes();
    }

    /** Admin-maintained legacy credit codes that fail the GB 32100 check yet are legally valid. */
    @Bean
    LegacyCreditCodes legacyCreditCodes(@Value("${inspection.legacy-credit-codes:}") List<String> codes) {
        return InMemoryLegacyCreditCodes.of(codes.stream().filter(c -> !c.isBlank()).toList());
    }

    @Bean
    EntityRules entityRules(RegionCodes regions, LegacyCreditCodes legacy) {
        return new EntityRules(regions, legacy);
    }

    @Bean
    EntityAccess entityAccess(RegionCodes regions) {
        return new EntityAccess(regions);
    }

    @Bean
    SpotCheckDraw spotCheckDraw(RegionCodes regions) {
        return new SpotCheckDraw(regions);
    }

    @Bean
    EligibilityRules eligibilityRules(RegionCodes regions) {
        return new EligibilityRules(regions);
    }

    @Bean
    TeamRules teamRules() {
        return new TeamRules();
    }

    @Bean
    ResultCodeRules resultCodeRules() {
        return new ResultCodeRules();
    }

    @Bean
    MobileRecordRules mobileRecordRules(
            @Value("${inspection.mobile.max-distance-meters:1000}") double maxDistance,
            @Value("${inspection.mobile.clock-tolerance:PT2M}") Duration tolerance) {
        return new MobileRecordRules(maxDistance, tolerance);
    }

    @Bean
    PublicityDeadline publicityDeadline(WorkingDayCalendar calendar) {
        return new PublicityDeadline(calendar);
    }
}
