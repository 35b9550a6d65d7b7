package cn.gov.lyg.enforcement.platform.audit;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * The tamper-evident audit trail of every service: the hash chain ({@link AuditChain}, optional HMAC key
 * {@code enforcement.audit.chain-key}), its verifier and the verification endpoint
 * ({@link AuditVerificationController}).
 */
@AutoConfiguration(after = cn.gov.lyg.enforcement.platform.config.PlatformCoreAutoConfiguration.class,
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public AuditChain auditChain(@Value("${enforcement.audit.chain-key:${AUDIT_CHAIN_KEY:}}") String key) {
        return new AuditChain(key);
    }

    @Bean
    @ConditionalOnMissingBean
    public AuditVerifier auditVerifier(MongoTemplate mongo, MongoMappingContext mappingContext, AuditChain chain,
                                       Clock clock) {
        List<String> collections = mappingContext.getPersistentEntities().stream()
                .filter(entity -> AggregateDocument.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
        return new AuditVerifier(mongo, collections, chain, clock);
    }

    @Bean
    public AuditVerificationController auditVerificationController(AuditVerifier verifier) {
        return new AuditVerificationController(verifier);
    }
}
