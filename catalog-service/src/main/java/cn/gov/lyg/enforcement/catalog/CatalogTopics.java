package cn.gov.lyg.enforcement.catalog;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.kafka.OwnedTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics catalog-service owns, created explicitly at start-up (producers never rely on auto-creation). Items,
 * delegations and law changes are kept without time limit: benchmark and inspection rebuild their projections by
 * replaying them. The topic it consumes ({@code personnel.agencies.v1}) is declared by its owner only; until
 * personnel-service has run, the consumer waits for it.
 */
@Configuration
public class CatalogTopics {

    @Bean
    public KafkaAdmin.NewTopics catalogTopicDeclarations(PlatformProperties properties) {
        return new KafkaAdmin.NewTopics(
                OwnedTopics.replayable(Topics.CATALOG_ITEMS, properties),
                OwnedTopics.replayable(Topics.CATALOG_DELEGATIONS, properties),
                OwnedTopics.replayable(Topics.CATALOG_LAW_CHANGES, properties));
    }
}
