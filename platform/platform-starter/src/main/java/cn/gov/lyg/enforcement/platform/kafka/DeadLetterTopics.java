package cn.gov.lyg.enforcement.platform.kafka;

import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import java.util.Arrays;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declarations of {@code <topic>.DLT} for the topics a service consumes, with the partitions and replication
 * factor of {@code enforcement.kafka.*} (3 replicas in production): the dead-letter publisher never relies on
 * auto-creation. A service declares them as a bean beside its own topics:
 * {@code @Bean KafkaAdmin.NewTopics deadLetters(PlatformProperties p) { return DeadLetterTopics.forConsumed(p, Topics.X); }}
 */
public final class DeadLetterTopics {

    public static final String SUFFIX = ".DLT";

    private DeadLetterTopics() {
    }

    public static NewTopic of(String consumedTopic, PlatformProperties properties) {
        return TopicBuilder.name(consumedTopic + SUFFIX).partitions(properties.getKafka().getPartitions())
                .replicas(properties.getKafka().getReplicationFactor()).build();
    }

    public static KafkaAdmin.NewTopics forConsumed(PlatformProperties properties, String... consumedTopics) {
        return new KafkaAdmin.NewTopics(Arrays.stream(consumedTopics).map(topic -> of(topic, properties))
                .toArray(NewTopic[]::new));
    }
}
