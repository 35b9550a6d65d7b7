package cn.gov.lyg.enforcement.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code platform-defaults.properties} as the LOWEST-precedence property source: every service gets the same
 * Kafka, MongoDB, security, actuator, logging and message settings, and can still override any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "enforcementPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(NAME, new ClassPathResource("platform-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
