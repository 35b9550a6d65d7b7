package cn.gov.lyg.enforcement.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The production profile serves neither Swagger UI nor the services' API documents (its own context). */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "prod" })
class GatewayProductionProfileIT {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		registry.add("enforcement.security.issuer-uri", TestBackends::issuer);
		registry.add("enforcement.security.jwk-set-uri", () -> TestBackends.baseUrl() + TestBackends.JWKS_PATH);
		for (String context : GatewayITSupport.CONTEXTS) {
			registry.add("enforcement.gateway.services." + context + ".url", TestBackends::baseUrl);
		}
		// the test-only services of application-test.yml
		for (String context : new String[] { "flaky", "tripping", "slow" }) {
			registry.add("enforcement.gateway.services." + context + ".url", TestBackends::baseUrl);
		}
		registry.add("enforcement.gateway.services.down.url", () -> "http://127.0.0.1:" + TestBackends.deadPort());
	}

	@Test
	void noSwaggerUiAndNoApiDocuments() {
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		client.get().uri("/swagger-ui.html").exchange().expectStatus().isNotFound();
		client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isNotFound();
		client.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isNotFound();
		client.get().uri("/v3/api-docs/catalog").exchange().expectStatus().isNotFound();
	}

}
