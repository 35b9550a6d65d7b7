package cn.gov.lyg.enforcement.inspection;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics inspection-service owns. The personnel and catalog topics it consumes are declared by their owners only,
 * with unlimited retention (the eligibility and item projections are rebuilt by replaying them); consumers never
 * create topics, so a consumer that subscribes before the owner has run waits for them.
 */
@Configuration
public class InspectionTopics {

    @Bean
    public KafkaAdmin.NewTopics inspectionTopicDeclarations(PlatformProperties properties) {
        int partitions = properties.getKafka().getPartitions();
        short replicas = properties.getKafka().getReplicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.INSPECTION_PLANS).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.INSPECTION_SPOT_CHECKS).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.INSPECTION_INSPECTIONS).partitions(partitions).replicas(replicas).build());
    }
}
