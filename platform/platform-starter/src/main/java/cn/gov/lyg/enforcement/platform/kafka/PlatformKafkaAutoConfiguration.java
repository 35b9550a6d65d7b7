package cn.gov.lyg.enforcement.platform.kafka;

import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import java.time.Clock;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Consumer error handling: bounded exponential retries, then the record goes to {@code <topic>.DLT} (same key and
 * headers, plus the exception headers); records that can never succeed (bad envelope, undeserializable, schema
 * violations) go there at once.
 */
@AutoConfiguration
public class PlatformKafkaAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    public DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> template, PlatformProperties properties) {
        PlatformProperties.Kafka kafka = properties.getKafka();
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(record.topic() + ".DLT", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(kafka.getInitialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(kafka.getMaxBackoff().toMillis());
        backOff.setMaxAttempts(Math.max(0, kafka.getMaxAttempts() - 1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, DeserializationException.class);
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean
    public ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }
}
