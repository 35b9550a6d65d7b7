package cn.gov.lyg.enforcement.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * platform-core is shared by the servlet services and the WebFlux gateway: it must not depend on servlet, WebFlux,
 * Reactor Netty, MongoDB or Kafka, neither in its code nor on its class path.
 */
class PlatformCoreNeutralityTest {

    private static final String[] FORBIDDEN = {"jakarta.servlet..", "org.springframework.web.servlet..",
        "org.springframework.web.reactive..", "org.springframework.web.server..", "reactor.netty..",
        "org.springframework.data.mongodb..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
        "org.springframework.kafka.."};

    @Test
    void noCoreClassUsesServletWebFluxMongoOrKafka() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gov.lyg.enforcement.platform");
        assertThat(core).isNotEmpty();
        noClasses().should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN).check(core);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta.servlet.Servlet", "org.springframework.web.reactive.DispatcherHandler",
        "org.springframework.web.servlet.DispatcherServlet", "com.mongodb.client.MongoClient",
        "org.apache.kafka.clients.producer.Producer"})
    void noneOfThemIsOnTheClassPath(String className) {
        assertThat(isPresent(className)).as(className).isFalse();
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, PlatformCoreNeutralityTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
