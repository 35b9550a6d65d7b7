package cn.gov.lyg.enforcement.platform.agency;

import cn.gov.lyg.enforcement.platform.kafka.PlatformKafkaAutoConfiguration;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.mongo.PlatformMongoAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The agency directory, for services that set {@code enforcement.agency-directory.enabled=true}. */
@AutoConfiguration(after = {PlatformMongoAutoConfiguration.class, PlatformKafkaAutoConfiguration.class})
@ConditionalOnProperty(name = "enforcement.agency-directory.enabled", havingValue = "true")
@EnableConfigurationProperties(AgencyDirectoryProperties.class)
public class AgencyDirectoryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public AgencyDirectory agencyDirectory(MongoTemplate mongo, AgencyDirectoryProperties properties) {
        return new AgencyDirectory(mongo, properties.getCollection());
    }

    @Bean
    @ConditionalOnProperty(name = "enforcement.agency-directory.consumer.enabled", havingValue = "true",
            matchIfMissing = true)
    public AgencyEventConsumer agencyEventConsumer(ProcessedEvents processed, AgencyDirectory directory,
                                                   JsonMapper json, AgencyDirectoryProperties properties,
                                                   Environment environment) {
        String group = properties.getConsumerGroup();
        if (group == null || group.isBlank()) {
            group = environment.getRequiredProperty("spring.application.name") + "-agencies";
        }
        return new AgencyEventConsumer(processed, directory, json, group);
    }

    /** {@code personnel.agencies.v1.DLT}, where the consumer's dead letters go. */
    @Bean
    @ConditionalOnProperty(name = "enforcement.agency-directory.consumer.enabled", havingValue = "true",
            matchIfMissing = true)
    public org.springframework.kafka.core.KafkaAdmin.NewTopics agencyDeadLetterTopic(
            cn.gov.lyg.enforcement.platform.config.PlatformProperties properties) {
        return cn.gov.lyg.enforcement.platform.kafka.DeadLetterTopics.forConsumed(properties,
                cn.gov.lyg.enforcement.events.Topics.PERSONNEL_AGENCIES);
    }

    @Bean
    @ConditionalOnProperty(name = "enforcement.agency-directory.reference.enabled", havingValue = "true",
            matchIfMissing = true)
    public ReferenceAgencySeeder referenceAgencySeeder(AgencyDirectory directory, ResourceLoader resources,
                                                       AgencyDirectoryProperties properties, JsonMapper json) {
        return new ReferenceAgencySeeder(directory, resources, properties.getReference().getLocation(), json);
    }
}
