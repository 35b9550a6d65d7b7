package cn.gov.lyg.enforcement.platform.kafka;

import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declarations of the topics a service OWNS (it alone produces on them), with the partitions and replication factor
 * of {@code enforcement.kafka.*}. Only the owner declares a topic: consumers never create topics (the platform sets
 * {@code allow.auto.create.topics=false} on every consumer), so partitions and retention are decided in one place.
 * <ul>
 *   <li>{@link #of}: the broker's default retention (notifications that no projection is rebuilt from);</li>
 *   <li>{@link #replayable}: kept without time limit ({@code retention.ms=-1}), for topics other services build
 *       projections from and rebuild by replaying from the beginning (personnel, catalog).</li>
 * </ul>
 */
public final class OwnedTopics {

    private OwnedTopics() {
    }

    public static NewTopic of(String topic, PlatformProperties properties) {
        return TopicBuilder.name(topic).partitions(properties.getKafka().getPartitions())
                .replicas(properties.getKafka().getReplicationFactor()).build();
    }

    public static NewTopic replayable(String topic, PlatformProperties properties) {
        return TopicBuilder.name(topic).partitions(properties.getKafka().getPartitions())
                .replicas(properties.getKafka().getReplicationFactor()).config("retention.ms", "-1").build();
    }
}
