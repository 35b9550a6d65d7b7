package cn.gov.lyg.enforcement.gateway.routing;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicOriginHeadersTest {

	@Test
	void theRequestsOwnOriginWhenNothingIsConfiguredAndNoProxyIsTrusted() {
		PublicOriginHeaders headers = new PublicOriginHeaders(null, 0);
		MockServerHttpRequest request = MockServerHttpRequest.get("http://localhost:8080/v3/api-docs/catalog")
			.header("X-Forwarded-Host", "evil.example")
			.build();
		assertThat(headers.origin(request)).isEqualTo(new PublicOriginHeaders.Origin("http", "localhost:8080", 8080, ""));
	}

	@Test
	void aConfiguredPublicUrlWinsWithItsPathPrefix() {
		PublicOriginHeaders headers = new PublicOriginHeaders("https://enforcement.lyg.example/gw/", 1);
		MockServerHttpRequest request = MockServerHttpRequest.get("http://10.0.0.7:8080/v3/api-docs/catalog").build();
		assertThat(headers.origin(request))
			.isEqualTo(new PublicOriginHeaders.Origin("https", "enforcement.lyg.example", 443, "/gw"));
	}

	@Test
	void behindATrustedProxyItsForwardedOriginCounts() {
		PublicOriginHeaders headers = new PublicOriginHeaders("", 1);
		MockServerHttpRequest request = MockServerHttpRequest.get("http://10.0.0.7:8080/v3/api-docs/catalog")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "enforcement.lyg.example")
			.header("X-Forwarded-Port", "443")
			.build();
		assertThat(headers.origin(request))
			.isEqualTo(new PublicOriginHeaders.Origin("https", "enforcement.lyg.example", 443, ""));
		MockServerHttpRequest junk = MockServerHttpRequest.get("http://10.0.0.7:8080/v3/api-docs/catalog")
			.header("X-Forwarded-Host", "bad host^")
			.build();
		assertThat(headers.origin(junk).host()).isEqualTo("10.0.0.7:8080");
	}

	@Test
	void aMisconfiguredPublicUrlStopsTheStart() {
		assertThatThrownBy(() -> new PublicOriginHeaders("enforcement.lyg.example", 0))
			.isInstanceOf(IllegalStateException.class);
	}

}
