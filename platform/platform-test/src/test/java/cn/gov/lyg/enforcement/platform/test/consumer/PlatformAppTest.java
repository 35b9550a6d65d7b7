package cn.gov.lyg.enforcement.platform.test.consumer;

import cn.gov.lyg.enforcement.platform.test.PlatformTestInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/** The platform test application with embedded Kafka and MongoDB-wire; one shared context for its tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ConsumerTestApplication.class, properties = {
        "spring.application.name=consumer-test",
        "enforcement.kafka.max-attempts=3",
        "enforcement.kafka.initial-backoff=50ms",
        "enforcement.kafka.max-backoff=100ms"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = {ConsumerTestApplication.TOPIC, ConsumerTestApplication.TOPIC + ".DLT"},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = PlatformTestInitializer.class)
@interface PlatformAppTest {
}
