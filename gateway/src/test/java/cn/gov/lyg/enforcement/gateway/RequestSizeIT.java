package cn.gov.lyg.enforcement.gateway;

import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The test limit is 64 KB (application-test.yml); production is 10 MB. */
class RequestSizeIT extends GatewayITSupport {

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	private static final int LIMIT = 64 * 1024;

	private static Flux<DataBuffer> chunks(int count, int size) {
		List<DataBuffer> buffers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			byte[] bytes = new byte[size];
			java.util.Arrays.fill(bytes, (byte) 'x');
			buffers.add(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
		}
		return Flux.fromIterable(buffers);
	}

	@Test
	void bodyLargerThanLimitByContentLengthIs413() {
		String path = "/api/catalog/v1/cleanup-batches/import";
		backend.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)));
		client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[LIMIT + 1])
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("PAYLOAD_TOO_LARGE")
			.jsonPath("$.status")
			.isEqualTo(413);
		backend.verify(0, postRequestedFor(urlEqualTo(path)));
	}

	@Test
	void bodyAtLimitIsForwarded() {
		String path = "/api/catalog/v1/cleanup-batches/import-ok";
		backend.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)));
		client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[LIMIT])
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void chunkedBodyLargerThanLimitIs413AndDoesNotCountAgainstTheBreaker() {
		String path = "/api/catalog/v1/cleanup-batches/import-chunked";
		client.get().uri("/api/catalog/v1/none").header(HttpHeaders.AUTHORIZATION, bearer(validToken())).exchange();
		int failedBefore = circuitBreakers.circuitBreaker("catalog").getMetrics().getNumberOfFailedCalls();
		backend.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)));
		client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(BodyInserters.fromDataBuffers(chunks(10, 8 * 1024)))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("PAYLOAD_TOO_LARGE");
		assertThat(circuitBreakers.circuitBreaker("catalog").getMetrics().getNumberOfFailedCalls())
			.as("a client error is not a backend failure")
			.isEqualTo(failedBefore);
	}

	@Test
	void smallChunkedBodyIsForwarded() {
		String path = "/api/catalog/v1/cleanup-batches/import-chunked-ok";
		backend.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)));
		client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(BodyInserters.fromDataBuffers(chunks(4, 8 * 1024)))
			.exchange()
			.expectStatus()
			.isCreated();
		backend.verify(1, postRequestedFor(urlEqualTo(path)));
	}

}
