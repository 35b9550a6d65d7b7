package cn.gov.lyg.enforcement.supervision;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.kafka.DeadLetterTopics;
import cn.gov.lyg.enforcement.platform.kafka.OwnedTopics;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.supervision.caseregister.ThreeSystemsPolicy;
import cn.gov.lyg.enforcement.supervision.complaint.ComplaintPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics supervision-service owns (created at start-up) and the configurable rule numbers
 * ({@code supervision.complaints.*}, DOMAIN.md §2.5.2 [ASM] defaults).
 */
@Configuration
public class SupervisionConfiguration {

    @Bean
    public KafkaAdmin.NewTopics supervisionTopicDeclarations(PlatformProperties properties) {
        return new KafkaAdmin.NewTopics(
                OwnedTopics.of(Topics.SUPERVISION_COMPLAINTS, properties),
                OwnedTopics.of(Topics.SUPERVISION_CASES, properties),
                OwnedTopics.of(Topics.SUPERVISION_ALERTS, properties),
                OwnedTopics.of(Topics.SUPERVISION_LETTERS, properties),
                OwnedTopics.of(Topics.SUPERVISION_REVIEWS, properties),
                OwnedTopics.of(Topics.SUPERVISION_STATISTICS, properties),
                OwnedTopics.of(Topics.SUPERVISION_ACCOUNTABILITY, properties));
    }

    /**
     * The dead-letter topics of everything supervision-service consumes (statistics, 持证率 projection, accountability
     * triggers, alerts, indicator facts, linked benchmark applications). The consumed topics themselves are declared
     * by their owners only.
     */
    @Bean
    public KafkaAdmin.NewTopics supervisionDeadLetterTopics(PlatformProperties properties) {
        return DeadLetterTopics.forConsumed(properties,
                Topics.SUPERVISION_CASES, Topics.SUPERVISION_COMPLAINTS, Topics.SUPERVISION_REVIEWS,
                Topics.SUPERVISION_ALERTS, Topics.INSPECTION_INSPECTIONS, Topics.INSPECTION_PLANS,
                Topics.INSPECTION_COORDINATION, Topics.BENCHMARK_APPLICATIONS, Topics.PERSONNEL_CERTIFICATES,
                Topics.PERSONNEL_OFFICERS);
    }

    @Bean
    public ComplaintPolicy complaintPolicy(
            @Value("${supervision.complaints.sign-working-days:1}") int sign,
            @Value("${supervision.complaints.return-working-days:1}") int ret,
            @Value("${supervision.complaints.accept-working-days:5}") int accept,
            @Value("${supervision.complaints.handle-working-days:15}") int handle,
            @Value("${supervision.complaints.max-extension-working-days:15}") int extension,
            @Value("${supervision.complaints.reply-working-days:3}") int reply,
            @Value("${supervision.complaints.reopen-calendar-days:15}") int reopen,
            @Value("${supervision.complaints.escalate-after-working-days:5}") int escalate,
            @Value("${supervision.complaints.rectification-calendar-days:30}") int rectification) {
        return new ComplaintPolicy(sign, ret, accept, handle, extension, reply, reopen, escalate, rectification);
    }

    /** Three-systems numbers and lists; the audio-video list is data ({@code supervision.three-systems.av-required-acts}). */
    @Bean
    public ThreeSystemsPolicy threeSystemsPolicy(
            @Value("${supervision.three-systems.short-disclosure-working-days:7}") int shortDisclosure,
            @Value("${supervision.three-systems.disclosure-working-days:20}") int disclosure,
            @Value("${supervision.three-systems.withdrawal-working-days:3}") int withdrawal,
            @Value("${supervision.three-systems.av-required-acts:SEAL,SEIZE,FORCED_DEMOLITION,FORCED_EXECUTION,"
                    + "ADMINISTRATIVE_DETENTION,ON_SITE_CLOSURE}") List<String> avActs,
            @Value("${supervision.three-systems.legal-review-kinds:REVOKE_LICENCE,ORDER_SUSPEND_PRODUCTION,"
                    + "ORDER_CLOSURE,RESTRICT_PRACTICE,DETENTION}") List<String> reviewKinds,
            @Value("${supervision.three-systems.legal-review-fine-threshold:100000}") BigDecimal threshold) {
        Set<PenaltyKind> kinds = reviewKinds.stream().map(String::trim).map(PenaltyKind::valueOf)
                .collect(Collectors.toSet());
        return new ThreeSystemsPolicy(shortDisclosure, disclosure, withdrawal,
                avActs.stream().map(String::trim).collect(Collectors.toSet()), kinds, threshold);
    }
}
