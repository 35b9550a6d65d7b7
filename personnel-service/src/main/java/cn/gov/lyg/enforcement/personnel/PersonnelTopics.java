package cn.gov.lyg.enforcement.personnel;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics personnel-service owns (created explicitly at start-up; producers never rely on auto-creation), and the
 * dead-letter topic of the one it consumes ({@code supervision.accountability.v1}, owned by supervision-service).
 */
@Configuration
public class PersonnelTopics {

    @Bean
    public KafkaAdmin.NewTopics personnelTopicDeclarations(PlatformProperties properties) {
        int partitions = properties.getKafka().getPartitions();
        short replicas = properties.getKafka().getReplicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.PERSONNEL_CERTIFICATES).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.PERSONNEL_OFFICERS).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.PERSONNEL_AGENCIES).partitions(partitions).replicas(replicas).build());
    }

    @Bean
    public KafkaAdmin.NewTopics personnelDeadLetterTopics(PlatformProperties properties) {
        return cn.gov.lyg.enforcement.platform.kafka.DeadLetterTopics.forConsumed(properties,
                Topics.SUPERVISION_ACCOUNTABILITY);
    }
}
