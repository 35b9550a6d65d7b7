package cn.gov.lyg.enforcement.supervision;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.supervision.complaint.ComplaintPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics supervision-service owns (created at start-up) and the configurable rule numbers
 * ({@code supervision.complaints.*}, DOMAIN.md §2.5.2 [ASM] defaults).
 */
@Configuration
public class SupervisionConfiguration {

    @Bean
    public KafkaAdmin.NewTopics supervisionTopicDeclarations(PlatformProperties properties) {
        int partitions = properties.getKafka().getPartitions();
        short replicas = properties.getKafka().getReplicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.SUPERVISION_COMPLAINTS).partitions(partitions).replicas(replicas).build());
    }

    @Bean
    public ComplaintPolicy complaintPolicy(
            @Value("${supervision.complaints.sign-working-days:1}") int sign,
            @Value("${supervision.complaints.return-working-days:1}") int ret,
            @Value("${supervision.complaints.accept-working-days:5}") int accept,
            @Value("${supervision.complaints.handle-working-days:15}") int handle,
            @Value("${supervision.complaints.max-extension-working-days:15}") int extension,
            @Value("${supervision.complaints.reply-working-days:3}") int reply,
            @Value("${supervision.complaints.reopen-calendar-days:15}") int reopen,
            @Value("${supervision.complaints.escalate-after-working-days:5}") int escalate,
            @Value("${supervision.complaints.rectification-calendar-days:30}") int rectification) {
        return new ComplaintPolicy(sign, ret, accept, handle, extension, reply, reopen, escalate, rectification);
    }
}
