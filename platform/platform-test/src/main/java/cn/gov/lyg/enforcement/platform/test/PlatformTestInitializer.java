package cn.gov.lyg.enforcement.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service under test at the embedded MongoDB-wire server and the test key endpoint. Use through
 * {@link ServiceTest}; Kafka comes from {@code @EmbeddedKafka} there.
 */
public class PlatformTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestJwks jwks = TestJwks.get();
        TestPropertyValues.of(
                "spring.mongodb.uri=" + EmbeddedMongo.get().uri(),
                "enforcement.security.issuer-uri=" + jwks.issuer(),
                "enforcement.security.jwk-set-uri=" + jwks.jwkSetUri(),
                "enforcement.security.disabled-clients=" + BadTokens.DISABLED_CLIENT_ID,
                "enforcement.outbox.sweep-interval=500ms"
        ).applyTo(context);
    }
}
