package cn.gov.lyg.enforcement.catalog;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics catalog-service owns (created explicitly at start-up; producers never rely on auto-creation), and the
 * one it consumes ({@code personnel.agencies.v1}, declared alike by personnel-service), so that its consumer is
 * assigned partitions at once even when catalog-service starts before personnel-service ever ran.
 */
@Configuration
public class CatalogTopics {

    @Bean
    public KafkaAdmin.NewTopics catalogTopicDeclarations(PlatformProperties properties) {
        int partitions = properties.getKafka().getPartitions();
        short replicas = properties.getKafka().getReplicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.CATALOG_ITEMS).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.CATALOG_DELEGATIONS).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.CATALOG_LAW_CHANGES).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.PERSONNEL_AGENCIES).partitions(partitions).replicas(replicas).build());
    }
}
