package cn.gov.lyg.enforcement.gateway;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import cn.gov.lyg.enforcement.gateway.security.ManagementPort;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of every integration test: ONE gateway context for all test classes (same annotations, same
 * properties, no @DirtiesContext), started on a random port against WireMock backends. Test-lowered
 * values live in application-test.yml.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class GatewayITSupport {

	protected static final WireMockServer backend = TestBackends.server();

	static final String[] CONTEXTS = { "catalog", "personnel", "benchmarks", "inspections", "supervision" };

	@LocalServerPort
	protected int port;

	protected WebTestClient client;

	/** The actuator's own port (health, Prometheus), as in deployments. */
	@Autowired
	protected ManagementPort managementPort;

	protected WebTestClient management;

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		registry.add("enforcement.security.issuer-uri", TestBackends::issuer);
		registry.add("enforcement.security.jwk-set-uri", () -> TestBackends.baseUrl() + TestBackends.JWKS_PATH);
		for (String context : CONTEXTS) {
			registry.add("enforcement.gateway.services." + context + ".url", TestBackends::baseUrl);
		}
		// test-only services: see application-test.yml
		registry.add("enforcement.gateway.services.flaky.url", TestBackends::baseUrl);
		registry.add("enforcement.gateway.services.tripping.url", TestBackends::baseUrl);
		registry.add("enforcement.gateway.services.slow.url", TestBackends::baseUrl);
		registry.add("enforcement.gateway.services.down.url", () -> "http://127.0.0.1:" + TestBackends.deadPort());
	}

	@BeforeEach
	void createClient() {
		client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		management = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + managementPort.port())
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	protected static String bearer(String token) {
		return "Bearer " + token;
	}

	protected static String validToken() {
		return TestTokens.token().build();
	}

}
