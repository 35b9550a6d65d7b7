package cn.gov.lyg.enforcement.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * One service, fully wired, against an embedded Kafka (KRaft) broker, the embedded MongoDB-wire server and the test
 * key endpoint. Every test class of a service uses it unchanged, so they share one cached Spring context (context
 * starts cost 20-30 s on two cores).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = PlatformTestInitializer.class)
public @interface ServiceTest {
}
