package cn.gov.lyg.enforcement.gateway.web;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.platform.problem.PlatformProblem;
import cn.gov.lyg.enforcement.gateway.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Rejects request bodies above the limit with 413: at once when {@code Content-Length} says so, and
 * for chunked bodies by counting the bytes as they stream to the backend (the error then reaches the
 * route's circuit-breaker fallback, which answers 413 for it). Requests with a Content-Length within
 * the limit are not wrapped at all: Netty frames the body by that length.
 */
public class RequestSizeLimitWebFilter implements WebFilter, Ordered {

	public static final int ORDER = RequestContextWebFilter.ORDER + 20;

	private final DataSize limit;

	private final long maxBytes;

	public RequestSizeLimitWebFilter(DataSize limit) {
		this.limit = limit;
		this.maxBytes = limit.toBytes();
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		HttpHeaders headers = request.getHeaders();
		long length = headers.getContentLength();
		if (length > maxBytes) {
			return Problems.write(exchange, PlatformProblem.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE.limit", limit.toString());
		}
		if (length >= 0 || !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
			@Override
			public Flux<DataBuffer> getBody() {
				return limit(super.getBody());
			}
		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

	Flux<DataBuffer> limit(Flux<DataBuffer> body) {
		return Flux.defer(() -> {
			long[] seen = { 0 };
			return body.handle((buffer, sink) -> {
				seen[0] += buffer.readableByteCount();
				if (seen[0] > maxBytes) {
					DataBufferUtils.release(buffer);
					sink.error(new PayloadTooLargeException(limit));
				}
				else {
					sink.next(buffer);
				}
			});
		});
	}

}
