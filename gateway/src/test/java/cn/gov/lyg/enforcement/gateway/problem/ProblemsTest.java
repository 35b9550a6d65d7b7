package cn.gov.lyg.enforcement.gateway.problem;

import cn.gov.lyg.enforcement.platform.problem.PlatformProblem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

	@Test
	void writesTheProblemShapeWithEscaping() {
		String json = Problems.json(PlatformProblem.RATE_LIMITED, 429, "请求过于频繁", "a \"quoted\"\n\\ detail",
				"/api/x?q=<script>", "abc");
		assertThat(json).isEqualTo("{\"type\":\"https://enforcement.lyg.gov.cn/problems/rate-limited\","
				+ "\"title\":\"请求过于频繁\",\"status\":429,\"detail\":\"a \\\"quoted\\\"\\n\\\\ detail\","
				+ "\"instance\":\"/api/x?q=<script>\",\"code\":\"RATE_LIMITED\",\"errors\":[],\"traceId\":\"abc\"}");
	}

	@Test
	void typesAreLowerKebabOfTheCode() {
		assertThat(PlatformProblem.SERVICE_UNAVAILABLE.type())
			.isEqualTo("https://enforcement.lyg.gov.cn/problems/service-unavailable");
		assertThat(PlatformProblem.PAYLOAD_TOO_LARGE.status()).isEqualTo(413);
	}

}
