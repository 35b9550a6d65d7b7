package cn.gov.lyg.enforcement.inspection;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.kafka.OwnedTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics inspection-service owns. The personnel and catalog topics it consumes are declared by their owners only,
 * with unlimited retention (the eligibility and item projections are rebuilt by replaying them); consumers never
 * create topics, so a consumer that subscribes before the owner has run waits for them. The assessments topic is kept
 * without time limit too: benchmark's decision-check projection is rebuilt by replaying it.
 */
@Configuration
public class InspectionTopics {

    @Bean
    public KafkaAdmin.NewTopics inspectionTopicDeclarations(PlatformProperties properties) {
        return new KafkaAdmin.NewTopics(
                OwnedTopics.of(Topics.INSPECTION_PLANS, properties),
                OwnedTopics.of(Topics.INSPECTION_SPOT_CHECKS, properties),
                OwnedTopics.of(Topics.INSPECTION_INSPECTIONS, properties),
                OwnedTopics.of(Topics.INSPECTION_COORDINATION, properties),
                OwnedTopics.replayable(Topics.INSPECTION_IMPACT_ASSESSMENTS, properties),
                OwnedTopics.of(Topics.INSPECTION_GUIDANCE, properties));
    }
}
