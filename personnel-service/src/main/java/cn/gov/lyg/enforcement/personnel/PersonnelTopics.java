package cn.gov.lyg.enforcement.personnel;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.kafka.OwnedTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics personnel-service owns (created explicitly at start-up; producers never rely on auto-creation; kept
 * without time limit, because inspection, catalog and the other services rebuild their projections by replaying
 * them), and the dead-letter topic of the one it consumes ({@code supervision.accountability.v1}, owned by supervision-service).
 */
@Configuration
public class PersonnelTopics {

    @Bean
    public KafkaAdmin.NewTopics personnelTopicDeclarations(PlatformProperties properties) {
        return new KafkaAdmin.NewTopics(
                OwnedTopics.replayable(Topics.PERSONNEL_CERTIFICATES, properties),
                OwnedTopics.replayable(Topics.PERSONNEL_OFFICERS, properties),
                OwnedTopics.replayable(Topics.PERSONNEL_AGENCIES, properties));
    }

    @Bean
    public KafkaAdmin.NewTopics personnelDeadLetterTopics(PlatformProperties properties) {
        return cn.gov.lyg.enforcement.platform.kafka.DeadLetterTopics.forConsumed(properties,
                Topics.SUPERVISION_ACCOUNTABILITY);
    }
}
