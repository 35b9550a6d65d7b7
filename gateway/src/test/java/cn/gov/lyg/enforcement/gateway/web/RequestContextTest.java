package cn.gov.lyg.enforcement.gateway.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestContextTest {

	@Test
	void acceptsOnlyHarmlessClientRequestIds() {
		assertThat(RequestContext.sanitizeRequestId("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
		assertThat(RequestContext.sanitizeRequestId("a\nb")).isNull();
		assertThat(RequestContext.sanitizeRequestId("x".repeat(65))).isNull();
	}

}
