package cn.gov.lyg.enforcement.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The caller's IP address for per-address limits: the connection's remote address, or, behind N trusted proxies
 * that append to {@code X-Forwarded-For}, the entry before theirs (a client-supplied header is never trusted
 * beyond that).
 */
public class ClientAddress {

	private final int trustedProxyHops;

	public ClientAddress(int trustedProxyHops) {
		this.trustedProxyHops = trustedProxyHops;
	}

	public String of(ServerHttpRequest request) {
		if (trustedProxyHops > 0) {
			List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
			// the last N entries were appended by our own proxies; the one before them is the client
			int index = forwarded.size() - trustedProxyHops;
			if (index >= 0 && index < forwarded.size()) {
				return forwarded.get(index).trim();
			}
		}
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

}
