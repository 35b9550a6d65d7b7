package cn.gov.lyg.enforcement.inspection;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics inspection-service owns, and the personnel and catalog topics it consumes (declared alike, so the
 * consumers get partitions even before those services ran). The consumed topics are declared with unlimited retention:
 * the eligibility and item projections are rebuilt by replaying them (the declaration only applies when this service
 * creates them; the owners' own declarations should say the same).
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
                TopicBuilder.name(Topics.INSPECTION_INSPECTIONS).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.INSPECTION_COORDINATION).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.INSPECTION_IMPACT_ASSESSMENTS).partitions(partitions).replicas(replicas)
                        .build(),
                TopicBuilder.name(Topics.INSPECTION_GUIDANCE).partitions(partitions).replicas(replicas).build(),
                replayable(Topics.PERSONNEL_CERTIFICATES, partitions, replicas),
                replayable(Topics.PERSONNEL_OFFICERS, partitions, replicas),
                replayable(Topics.CATALOG_ITEMS, partitions, replicas),
                replayable(Topics.CATALOG_DELEGATIONS, partitions, replicas));
    }

    private static NewTopic replayable(String name, int partitions, short replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).config("retention.ms", "-1")
                .build();
    }
}
