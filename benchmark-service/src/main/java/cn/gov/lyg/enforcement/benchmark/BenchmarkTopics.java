package cn.gov.lyg.enforcement.benchmark;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.kafka.OwnedTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics benchmark-service owns. The catalog topics it consumes are declared by catalog-service only (with their
 * partitions and unlimited retention); consumers never create topics, so a consumer that subscribes before
 * catalog-service has run waits for them.
 */
@Configuration
public class BenchmarkTopics {

    @Bean
    public KafkaAdmin.NewTopics benchmarkTopicDeclarations(PlatformProperties properties) {
        return new KafkaAdmin.NewTopics(
                OwnedTopics.of(Topics.BENCHMARK_BENCHMARKS, properties),
                OwnedTopics.of(Topics.BENCHMARK_APPLICATIONS, properties));
    }
}
