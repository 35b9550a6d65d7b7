package cn.gov.lyg.enforcement.inspection;

import cn.gov.lyg.enforcement.inspection.draw.SpotCheckDraw;
import cn.gov.lyg.enforcement.inspection.guidance.ChecklistTemplate;
import cn.gov.lyg.enforcement.inspection.guidance.ChecklistTemplates;
import cn.gov.lyg.enforcement.inspection.shared.WorkingDays;
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
import cn.gov.lyg.enforcement.inspection.assessment.ImpactRules;
import cn.gov.lyg.enforcement.inspection.coordination.CoordinationRules;
import cn.gov.lyg.enforcement.inspection.coordination.FrequencyCapTable;
import cn.gov.lyg.enforcement.inspection.joint.JointRules;
import cn.gov.lyg.enforcement.inspection.joint.JointScenario;
import java.time.Duration;
import java.util.ArrayList;
import java.time.MonthDay;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java rule objects of the service, configured from {@code inspection.*} properties. */
@Configuration
@EnableConfigurationProperties({InspectionConfiguration.CoordinationProperties.class,
        InspectionConfiguration.GuidanceProperties.class})
public class InspectionConfiguration {

    /**
     * {@code inspection.coordination.*}: the annual cap table (rows of domain, credit class, cap; {@code *} for any),
     * the warning window of triggered inspections (60 natural days), the monthly 综合检查日 (10th) and the scenario
     * list 场景清单 — all [ASM] defaults of DOMAIN.md §5 Q5/Q11, data to be confirmed by 市司法局.
     */
    @ConfigurationProperties("inspection.coordination")
    public static class CoordinationProperties {
        private int warningDays = 60;
        private int jointDay = 10;
        private List<FrequencyCapTable.Row> frequencyCaps = new ArrayList<>();
        private List<JointScenario> scenarios = new ArrayList<>();

        public int getWarningDays() { return warningDays; }
        public void setWarningDays(int v) { warningDays = v; }
        public int getJointDay() { return jointDay; }
        public void setJointDay(int v) { jointDay = v; }
        public List<FrequencyCapTable.Row> getFrequencyCaps() { return frequencyCaps; }
        public void setFrequencyCaps(List<FrequencyCapTable.Row> v) { frequencyCaps = v; }
        public List<JointScenario> getScenarios() { return scenarios; }
        public void setScenarios(List<JointScenario> v) { scenarios = v; }
    }

    /** {@code inspection.guidance.checklists}: compliance checklist templates 合规清单 per domain (data). */
    @ConfigurationProperties("inspection.guidance")
    public static class GuidanceProperties {
        private List<ChecklistTemplate> checklists = new ArrayList<>();

        public List<ChecklistTemplate> getChecklists() { return checklists; }
        public void setChecklists(List<ChecklistTemplate> v) { checklists = v; }
    }

    @Bean
    ChecklistTemplates checklistTemplates(GuidanceProperties p) {
        return new ChecklistTemplates(p.getChecklists());
    }

    @Bean
    WorkingDays workingDays(WorkingDayCalendar calendar) {
        return new WorkingDays(calendar);
    }

    @Bean
    CoordinationRules coordinationRules(CoordinationProperties p) {
        FrequencyCapTable caps = p.getFrequencyCaps().isEmpty() ? FrequencyCapTable.defaults()
                : new FrequencyCapTable(p.getFrequencyCaps());
        return new CoordinationRules(caps, p.getWarningDays());
    }

    /**
     * Economic impact assessments: the assessed domains (应急管理, 生态环境, 食品药品 = MARKET, 工程建设) and the
     * 较大数额 fine threshold for organisations (DOMAIN.md Q12 [ASM]).
     */
    @Bean
    ImpactRules impactRules(@Value("${inspection.impact.domains:EMERGENCY,ECOLOGY,MARKET,HOUSING_CONSTRUCTION}")
                            List<String> domains,
                            @Value("${inspection.impact.fine-threshold:100000}") java.math.BigDecimal threshold) {
        return new ImpactRules(java.util.Set.copyOf(domains), threshold);
    }

    @Bean
    JointRules jointRules(CoordinationProperties p) {
        return new JointRules(p.getScenarios(), p.getJointDay());
    }

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
    EligibilityRules eligibilityRules(RegionCodes regions,
                                      @Value("${inspection.review-due-day:--03-31}") String reviewDueDay) {
        return new EligibilityRules(regions, MonthDay.parse(reviewDueDay));
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
