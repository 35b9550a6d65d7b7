package cn.gov.lyg.enforcement.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

    @Test
    void apiDocumentsAreServedOutsideProduction() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("dev");
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("springdoc.api-docs.enabled", Boolean.class, true)).isTrue();
        assertThat(environment.getProperty("springdoc.api-docs.version")).isEqualTo("openapi_3_1");
    }

    @Test
    void theProductionProfileSwitchesSpringdocOff() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod");
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("springdoc.api-docs.enabled", Boolean.class)).isFalse();
        assertThat(environment.getProperty("springdoc.swagger-ui.enabled", Boolean.class)).isFalse();
        // the other defaults are still there
        assertThat(environment.getProperty("springdoc.api-docs.version")).isEqualTo("openapi_3_1");
    }
}
