package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The runnable examples of docs/integrating.md, against the running stack: every {@code docs/examples/NN-*.sh}
 * curl script (each fails on an unexpected status) and every request of {@code docs/examples/enforcement-api.http}
 * with its {@code # @expect} status.
 */
class IntegratorGuideSystemIT {

    static final Path EXAMPLES = Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize()
            .resolve("docs/examples");

    @TestFactory
    Stream<DynamicTest> everyCurlExampleRunsCleanly() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            scripts = files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.sh")).sorted().toList();
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(3);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
            builder.environment().put("GATEWAY", Stack.GATEWAY.replace("127.0.0.1", "localhost"));
            builder.environment().put("ISSUER", Stack.KEYCLOAK + "/realms/enforcement");
            Process process = builder.start();
            boolean done = process.waitFor(120, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!done) {
                process.destroyForcibly();
            }
            assertThat(done).as("%s finished within 120 s:%n%s", script, output).isTrue();
            assertThat(process.exitValue()).as("exit code of %s:%n%s", script, output).isZero();
            assertThat(output).contains("ok   ").doesNotContain("FAIL");
        }));
    }

    @Test
    void everyRequestOfTheHttpCollectionGetsItsExpectedStatus() throws IOException {
        HttpCollection collection = HttpCollection.parse(Files.readString(EXAMPLES.resolve("enforcement-api.http")));
        collection.variables.put("gateway", Stack.GATEWAY);
        collection.variables.put("issuer", Stack.KEYCLOAK + "/realms/enforcement");
        List<HttpCollection.Outcome> outcomes = collection.run();
        String report = outcomes.stream().map(o -> o.status() + " " + o.request().method() + " " + o.url()
                + (o.status() == o.request().expect() ? "" : " (expected " + o.request().expect() + "): " + o.body()))
                .collect(Collectors.joining("\n"));
        assertThat(outcomes).as(report).hasSameSizeAs(collection.requests)
                .allSatisfy(o -> assertThat(o.status()).as(report).isEqualTo(o.request().expect()));
    }
}
