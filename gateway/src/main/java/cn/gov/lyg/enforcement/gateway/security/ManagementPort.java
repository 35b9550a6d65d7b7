package cn.gov.lyg.enforcement.gateway.security;

import java.net.InetSocketAddress;

import reactor.core.publisher.Mono;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * The actuator's own port ({@code management.server.port}, environment {@code MANAGEMENT_SERVER_PORT}) once its
 * server has started, and a matcher for the requests that arrive on it. The health probes and Prometheus scrape
 * there without a token; the ingress routes only the gateway's main port, where no actuator endpoint exists.
 * Without a separate management port the matcher matches nothing (the endpoints then need what the main port's
 * rules ask for: health and info are open, Prometheus is not).
 */
public class ManagementPort implements ApplicationListener<WebServerInitializedEvent>, ServerWebExchangeMatcher {

	static final String NAMESPACE = "management";

	private volatile int port;

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
			this.port = event.getWebServer().getPort();
		}
	}

	/** The management server's port, 0 while there is none. */
	public int port() {
		return this.port;
	}

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		int management = this.port;
		if (management <= 0) {
			return MatchResult.notMatch();
		}
		InetSocketAddress local = exchange.getRequest().getLocalAddress();
		return local != null && local.getPort() == management ? MatchResult.match() : MatchResult.notMatch();
	}

}
