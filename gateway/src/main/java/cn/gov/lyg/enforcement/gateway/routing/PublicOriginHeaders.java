package cn.gov.lyg.enforcement.gateway.routing;

import java.net.URI;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * On the OpenAPI document routes: tells the service the gateway's public base URL in {@value #HEADER} (whatever the
 * caller sent in that header is replaced), so that the document's {@code servers} entry names the gateway, not the
 * service's own port (platform-starter {@code PublicServerUrl}). Not in X-Forwarded-*: Spring Cloud Gateway removes
 * those from proxied requests unless trusted proxies are configured. The URL is the configured
 * {@code enforcement.gateway.public-url}, else, behind trusted proxies, the first X-Forwarded-Proto/Host/Port they
 * sent, else the origin this request was addressed to.
 */
public final class PublicOriginHeaders implements GatewayFilter {

	/** The header the service reads (platform-starter {@code PublicServerUrl#GATEWAY_HEADER}). */
	public static final String HEADER = "X-Gateway-Public-Url";

	private final URI configured;

	private final int trustedProxyHops;

	public PublicOriginHeaders(String publicUrl, int trustedProxyHops) {
		this.configured = publicUrl == null || publicUrl.isBlank() ? null : URI.create(publicUrl.trim());
		if (this.configured != null && (this.configured.getHost() == null
				|| !List.of("http", "https").contains(String.valueOf(this.configured.getScheme())))) {
			throw new IllegalStateException("enforcement.gateway.public-url is not an http(s) URL: " + publicUrl);
		}
		this.trustedProxyHops = trustedProxyHops;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Origin origin = origin(exchange.getRequest());
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers(headers -> headers.set(HEADER, origin.url()))
			.build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	record Origin(String proto, String host, int port, String prefix) {

		String url() {
			return proto + "://" + host + prefix;
		}

	}

	Origin origin(ServerHttpRequest request) {
		if (configured != null) {
			return of(configured, true);
		}
		HttpHeaders headers = request.getHeaders();
		if (trustedProxyHops > 0 && headers.getFirst("X-Forwarded-Host") != null) {
			String proto = first(headers.getFirst("X-Forwarded-Proto"), "http");
			String host = first(headers.getFirst("X-Forwarded-Host"), "localhost");
			String port = headers.getFirst("X-Forwarded-Port");
			try {
				return of(URI.create(proto + "://" + host + (port != null && !host.contains(":") ? ":" + first(port, "") : "")),
						false);
			}
			catch (IllegalArgumentException ignored) {
				// not a URL: the proxy's headers are unusable, the request's own origin is used
			}
		}
		try {
			return of(request.getURI(), false);
		}
		catch (IllegalArgumentException e) {
			return new Origin("http", "localhost", 80, "");
		}
	}

	/** The origin of a URL; a configured base URL may carry a path prefix, a request's path is its own. */
	private static Origin of(URI uri, boolean withPrefix) {
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("no host in " + uri);
		}
		String proto = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
		int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(proto) ? 443 : 80);
		boolean defaultPort = ("http".equals(proto) && port == 80) || ("https".equals(proto) && port == 443);
		String host = uri.getHost() + (defaultPort ? "" : ":" + port);
		String path = uri.getRawPath();
		String prefix = withPrefix && path != null ? path.replaceAll("/+$", "") : "";
		return new Origin(proto, host, port, prefix);
	}

	private static String first(String value, String fallback) {
		if (value == null) {
			return fallback;
		}
		String first = value.split(",")[0].trim();
		return first.isEmpty() ? fallback : first;
	}

}
