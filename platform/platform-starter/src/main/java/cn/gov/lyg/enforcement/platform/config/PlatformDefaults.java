package cn.gov.lyg.enforcement.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code platform-defaults.properties} as the LOWEST-precedence property source: every service gets the same
 * Kafka, MongoDB, security, actuator, logging and message settings, and can still override any of them. With the
 * profile {@value #PRODUCTION} active, {@code platform-defaults-prod.properties} comes just before it (no API
 * documents served in production).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "enforcementPlatformDefaults";
    static final String PRODUCTION_NAME = "enforcementPlatformDefaultsProd";

    /** The production profile ({@code SPRING_PROFILES_ACTIVE=prod}). */
    public static final String PRODUCTION = "prod";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(NAME, new ClassPathResource("platform-defaults.properties")));
            if (environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
                environment.getPropertySources().addBefore(NAME, new ResourcePropertySource(PRODUCTION_NAME,
                        new ClassPathResource("platform-defaults-prod.properties")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
