package cn.gov.lyg.enforcement.gateway.problem;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import cn.gov.lyg.enforcement.gateway.web.PayloadTooLargeException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionHandlerTest {

	private final ProblemExceptionHandler handler = new ProblemExceptionHandler();

	private MockServerWebExchange handle(Throwable error, String acceptLanguage) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/catalog/v1/items");
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		handler.handle(exchange, error).block();
		return exchange;
	}

	@Test
	void unexpectedErrorIs500ProblemWithoutStackTraceOrMessage() {
		MockServerWebExchange exchange = handle(new IllegalStateException("secret internals"), null);
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		String body = exchange.getResponse().getBodyAsString().block();
		assertThat(body).contains("\"code\":\"INTERNAL_ERROR\"", "\"status\":500", "\"title\":\"服务器内部错误\"",
				"\"instance\":\"/api/catalog/v1/items\"", "\"errors\":[]", "\"traceId\":\"")
			.doesNotContain("secret", "IllegalStateException", "\tat ");
	}

	@Test
	void mapsKnownErrors() {
		assertThat(handle(new ResponseStatusException(HttpStatus.NOT_FOUND), "en").getResponse().getBodyAsString().block())
			.contains("\"code\":\"NOT_FOUND\"", "\"title\":\"Not found\"");
		assertThat(handle(new IllegalStateException(new PayloadTooLargeException(DataSize.ofMegabytes(10))), null)
			.getResponse()
			.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(handle(new ConnectException("refused"), null).getResponse().getStatusCode())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(handle(new AuthenticationServiceException("jwks down"), null).getResponse().getStatusCode())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(handle(new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE), null).getResponse()
			.getBodyAsString()
			.block()).contains("\"status\":415", "\"code\":\"BAD_REQUEST\"");
	}

}
