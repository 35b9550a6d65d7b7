package cn.gov.lyg.enforcement.benchmark;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics benchmark-service produces to, and the catalog topics it consumes: declared here with the platform's
 * partition count too, so that a consumer subscribing before catalog-service has started does not have the broker
 * auto-create them with one partition (catalog's admin then adds partitions, and its producer waits for metadata).
 */
@Configuration
public class BenchmarkTopics {

    @Bean
    public KafkaAdmin.NewTopics benchmarkTopicDeclarations(PlatformProperties properties) {
        int partitions = properties.getKafka().getPartitions();
        short replicas = properties.getKafka().getReplicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.BENCHMARK_BENCHMARKS).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.BENCHMARK_APPLICATIONS).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.CATALOG_LAW_CHANGES).partitions(partitions).replicas(replicas).build(),
                TopicBuilder.name(Topics.CATALOG_ITEMS).partitions(partitions).replicas(replicas).build());
    }
}
