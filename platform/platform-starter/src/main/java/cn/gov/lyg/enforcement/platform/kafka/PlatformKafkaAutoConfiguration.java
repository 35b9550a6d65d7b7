package cn.gov.lyg.enforcement.platform.kafka;

import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Consumer error handling: bounded exponential retries, then the record goes to {@code <topic>.DLT} (same key and
 * headers, plus the exception headers); records that can never succeed (bad envelope, undeserializable, schema
 * violations) go there at once. Every record that reached its DLT counts in {@code events.dead.lettered} (tag
 * {@code topic}: the topic it was consumed from; the meter appears with the first dead-lettered record of a topic).
 */
@AutoConfiguration
public class PlatformKafkaAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    public DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> template, PlatformProperties properties,
                                                 ObjectProvider<MeterRegistry> meters) {
        PlatformProperties.Kafka kafka = properties.getKafka();
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(record.topic() + ".DLT", -1));
        MeterRegistry registry = meters.getIfAvailable();
        // counted only once the DLT send succeeded (the publisher throws otherwise, and the record is retried)
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, e) -> {
            publisher.accept(record, consumer, e);
            if (registry != null) {
                Counter.builder("events.dead.lettered").tag("topic", record.topic())
                        .description("records sent to <topic>.DLT after failed or impossible processing")
                        .register(registry).increment();
            }
        };
        ExponentialBackOff backOff = new ExponentialBackOff(kafka.getInitialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(kafka.getMaxBackoff().toMillis());
        backOff.setMaxAttempts(Math.max(0, kafka.getMaxAttempts() - 1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, DeserializationException.class);
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean
    public EventSourcePolicy eventSourcePolicy(PlatformProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new EventSourcePolicy(properties.getKafka().getTrustedSources(), meters.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    public ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock, EventSourcePolicy sources) {
        return new ProcessedEvents(mongo, clock, sources);
    }
}
