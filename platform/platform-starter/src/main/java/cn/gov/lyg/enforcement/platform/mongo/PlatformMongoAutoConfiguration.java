package cn.gov.lyg.enforcement.platform.mongo;

import cn.gov.lyg.enforcement.platform.audit.AuditChain;
import cn.gov.lyg.enforcement.platform.audit.AuditEntry;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.outbox.OutboxRelay;
import cn.gov.lyg.enforcement.platform.outbox.OutboxWriter;
import cn.gov.lyg.enforcement.platform.problem.ProblemResponseWriter;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.web.IdempotencyFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * MongoDB for every service: auditing (who/when), a ping-based health indicator, short server-selection timeouts
 * (a request fails fast with 503 when MongoDB is down instead of hanging), explicit index creation at start-up,
 * and the outbox (writer callbacks + relay) for every {@link AggregateDocument} collection.
 */
@AutoConfiguration(after = cn.gov.lyg.enforcement.platform.audit.AuditAutoConfiguration.class, afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@EnableMongoAuditing(auditorAwareRef = "platformAuditor")
public class PlatformMongoAutoConfiguration {

    @Bean
    public AuditorAware<String> platformAuditor() {
        return () -> Optional.of(CurrentScope.find().map(DataScope::auditName).orElse("system"));
    }

    @Bean(name = "mongoHealthIndicator")
    public PingMongoHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new PingMongoHealthIndicator(mongo);
    }

    @Bean
    public MongoClientSettingsBuilderCustomizer platformMongoTimeouts() {
        return builder -> builder
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(3, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS));
    }

    @Bean
    @ConditionalOnMissingBean
    public OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, PlatformProperties properties,
                                   Clock clock, MongoMappingContext mappingContext, MeterRegistry meters) {
        List<String> collections = mappingContext.getPersistentEntities().stream()
                .filter(entity -> AggregateDocument.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
        return new OutboxRelay(mongo, kafka, properties.getOutbox(), clock, collections, meters);
    }

    @Bean
    public OutboxWriter outboxWriter(JsonMapper json, Clock clock, PlatformProperties properties,
                                     ObjectProvider<OutboxRelay> relay, AuditChain chain,
                                     org.springframework.core.env.Environment environment) {
        String source = properties.getEventSource() != null ? properties.getEventSource()
                : "/enforcement/" + environment.getProperty("spring.application.name", "service");
        return new OutboxWriter(json, clock, source, relay, chain);
    }

    /** Idempotency-Key support for writes, after security (the key is scoped to the authenticated caller). */
    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoTemplate mongo, ProblemResponseWriter problems,
                                                                       Clock clock, PlatformProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(mongo, problems, clock, properties.getIdempotencyTtl(),
                        properties.getIdempotencyInProgressLease()));
        registration.setOrder(0);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Creates the platform's indexes and every contributor's, before the service takes traffic. */
    @Bean
    public SmartInitializingSingleton platformIndexInitializer(MongoTemplate mongo, MongoMappingContext mappingContext,
                                                               ObjectProvider<MongoIndexContributor> contributors) {
        return () -> {
            mongo.indexOps(ProcessedEvents.COLLECTION)
                    .createIndex(new Index().on("consumer", Sort.Direction.ASC).on("processedAt", Sort.Direction.ASC));
            mongo.indexOps(IdempotencyFilter.COLLECTION)
                    .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(java.time.Duration.ZERO));
            mongo.indexOps(AuditEntry.COLLECTION)
                    .createIndex(new Index().on("aggregateId", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
            mappingContext.getPersistentEntities().stream()
                    .filter(entity -> AggregateDocument.class.isAssignableFrom(entity.getType()))
                    .map(MongoPersistentEntity::getCollection)
                    .distinct()
                    .forEach(collection -> mongo.indexOps(collection)
                            .createIndex(new Index().on("outbox.messageId", Sort.Direction.ASC).sparse().named("outbox_pending")));
            contributors.orderedStream().forEach(contributor -> contributor.ensureIndexes(mongo));
        };
    }
}
