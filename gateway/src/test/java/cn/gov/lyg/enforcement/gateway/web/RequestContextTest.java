package cn.gov.lyg.enforcement.gateway.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestContextTest {

	@Test
	void readsTraceIdFromTraceparent() {
		assertThat(RequestContext.traceIdFromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
			.isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(RequestContext.traceIdFromTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
			.isNull();
		assertThat(RequestContext.traceIdFromTraceparent("00-XYZ-1")).isNull();
		assertThat(RequestContext.traceIdFromTraceparent(null)).isNull();
	}

	@Test
	void generatesHexTraceIds() {
		assertThat(RequestContext.newTraceId()).matches("[0-9a-f]{32}").isNotEqualTo(RequestContext.newTraceId());
	}

	@Test
	void acceptsOnlyHarmlessClientRequestIds() {
		assertThat(RequestContext.sanitizeRequestId("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
		assertThat(RequestContext.sanitizeRequestId("a\nb")).isNull();
		assertThat(RequestContext.sanitizeRequestId("x".repeat(65))).isNull();
	}

}
