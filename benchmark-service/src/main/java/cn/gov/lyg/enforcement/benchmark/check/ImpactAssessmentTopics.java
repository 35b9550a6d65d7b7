package cn.gov.lyg.enforcement.benchmark.check;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares the assessment topic benchmark consumes with the platform's partition count, so that the consumer
 * subscribing before inspection-service has started does not make the broker auto-create it with one partition.
 */
@Configuration
public class ImpactAssessmentTopics {

    @Bean
    public KafkaAdmin.NewTopics impactAssessmentTopicDeclaration(PlatformProperties properties) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(Topics.INSPECTION_IMPACT_ASSESSMENTS)
                .partitions(properties.getKafka().getPartitions())
                .replicas(properties.getKafka().getReplicationFactor()).build());
    }
}
