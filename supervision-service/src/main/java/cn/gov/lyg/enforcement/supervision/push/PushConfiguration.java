package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.kafka.DeadLetterTopics;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import tools.jackson.databind.json.JsonMapper;

/** Wiring of the provincial push: settings, rules, the HTTP client, metrics, the dispatcher, dead-letter topics. */
@Configuration
@EnableConfigurationProperties(PushProperties.class)
public class PushConfiguration {

    @Bean
    PushRules pushRules() {
        return new PushRules(RegionCodes.defaultCodes());
    }

    @Bean
    ProvinceClient provinceClient(PushProperties properties, JsonMapper json, Clock clock) {
        return new ProvinceClient(properties, json, clock);
    }

    @Bean
    PushMetrics pushMetrics(MeterRegistry meters) {
        return new PushMetrics(meters);
    }

    @Bean
    PushDispatcher pushDispatcher(DeliveryStore store, ProvinceClient client,
                                  ObjectProvider<CircuitBreakerRegistry> breakers, PushProperties properties,
                                  Clock clock, PushMetrics metrics) {
        return new PushDispatcher(store, client, breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults),
                properties, clock, metrics);
    }

    /** {@code <topic>.DLT} of every topic the push consumes. */
    @Bean
    KafkaAdmin.NewTopics pushDeadLetterTopics(PlatformProperties properties) {
        return DeadLetterTopics.forConsumed(properties, Topics.INSPECTION_INSPECTIONS, Topics.SUPERVISION_CASES,
                Topics.PERSONNEL_CERTIFICATES, Topics.CATALOG_ITEMS);
    }
}
