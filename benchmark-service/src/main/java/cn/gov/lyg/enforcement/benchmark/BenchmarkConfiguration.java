package cn.gov.lyg.enforcement.benchmark;

import cn.gov.lyg.enforcement.benchmark.agency.AgencyLookup;
import cn.gov.lyg.enforcement.benchmark.agency.CreditCodeAgencyLookup;
import cn.gov.lyg.enforcement.benchmark.agency.DirectoryAgencyLookup;
import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import cn.gov.lyg.enforcement.benchmark.check.CheckSettings;
import cn.gov.lyg.enforcement.benchmark.check.DecisionChecks;
import cn.gov.lyg.enforcement.benchmark.recommendation.LexMitior;
import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationEngine;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain engines as beans, with their configurable numbers ({@code enforcement.benchmark.*}). */
@Configuration
@EnableConfigurationProperties(BenchmarkConfiguration.BenchmarkProperties.class)
public class BenchmarkConfiguration {

    @Bean
    RecommendationEngine recommendationEngine(BenchmarkProperties p) {
        return new RecommendationEngine(p.getFirstViolationLookBack());
    }

    @Bean
    LexMitior lexMitior(RecommendationEngine engine) {
        return new LexMitior(engine);
    }

    @Bean
    DecisionChecks decisionChecks(BenchmarkProperties p, WorkingDayCalendar calendar) {
        Map<String, BigDecimal[]> byDomain = new HashMap<>();
        p.getHearingThresholds().forEach((domain, t) -> byDomain.put(domain, new BigDecimal[] {t.getCitizen(),
                t.getOrganisation()}));
        CheckSettings d = CheckSettings.defaults();
        return new DecisionChecks(new CheckSettings(p.getHearingThresholdCitizen(), p.getHearingThresholdOrganisation(),
                byDomain, d.summaryLimitCitizen(), d.summaryLimitOrganisation(), d.onTheSpotCollectionLimit(),
                d.hearingRequestWorkingDays(), d.hearingNoticeWorkingDays(), p.getImpactAssessmentDomains()), calendar);
    }

    /** Agencies from the platform directory when it is switched on (the default here), else by credit code alone. */
    @Bean
    AgencyLookup agencyLookup(org.springframework.beans.factory.ObjectProvider<AgencyDirectory> directory) {
        AgencyDirectory d = directory.getIfAvailable();
        return d != null ? new DirectoryAgencyLookup(d) : new CreditCodeAgencyLookup();
    }

    /** {@code enforcement.benchmark.*}: the [ASM] numbers of DOMAIN.md, configurable. */
    @ConfigurationProperties("enforcement.benchmark")
    public static class BenchmarkProperties {

        /** Look-back window of 首违不罚 over earlier applications (2 years). */
        private Period firstViolationLookBack = Period.ofYears(2);
        /** 较大数额 for hearings (DOMAIN.md Q9, SAMR defaults). */
        private BigDecimal hearingThresholdCitizen = BigDecimal.valueOf(10_000);
        private BigDecimal hearingThresholdOrganisation = BigDecimal.valueOf(100_000);
        /** Per-domain thresholds, e.g. {@code URBAN_MGMT.citizen=2000}. */
        private Map<String, Threshold> hearingThresholds = new HashMap<>();
        /** Domains where heavy penalties on enterprises need an economic impact assessment. */
        private Set<String> impactAssessmentDomains = CheckSettings.defaults().impactAssessmentDomains();

        public Period getFirstViolationLookBack() { return firstViolationLookBack; }
        public void setFirstViolationLookBack(Period v) { firstViolationLookBack = v; }
        public BigDecimal getHearingThresholdCitizen() { return hearingThresholdCitizen; }
        public void setHearingThresholdCitizen(BigDecimal v) { hearingThresholdCitizen = v; }
        public BigDecimal getHearingThresholdOrganisation() { return hearingThresholdOrganisation; }
        public void setHearingThresholdOrganisation(BigDecimal v) { hearingThresholdOrganisation = v; }
        public Map<String, Threshold> getHearingThresholds() { return hearingThresholds; }
        public void setHearingThresholds(Map<String, Threshold> v) { hearingThresholds = v; }
        public Set<String> getImpactAssessmentDomains() { return impactAssessmentDomains; }
        public void setImpactAssessmentDomains(Set<String> v) { impactAssessmentDomains = v; }

        /** A per-domain 较大数额 pair. */
        public static class Threshold {
            private BigDecimal citizen;
            private BigDecimal organisation;

            public BigDecimal getCitizen() { return citizen; }
            public void setCitizen(BigDecimal v) { citizen = v; }
            public BigDecimal getOrganisation() { return organisation; }
            public void setOrganisation(BigDecimal v) { organisation = v; }
        }
    }
}
