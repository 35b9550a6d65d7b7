package cn.gov.lyg.enforcement.gateway.problem;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.gateway.web.RequestContext;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 {@code application/problem+json} bodies for the errors the gateway produces itself.
 * The JSON is built by hand: the shape is fixed, and it keeps error paths free of codec lookups.
 */
public final class Problems {

	private Problems() {
	}

	public static Mono<Void> write(ServerWebExchange exchange, ProblemCode code, Object... detailArgs) {
		return write(exchange, code, code.status(), null, detailArgs);
	}

	/**
	 * @param status the HTTP status (normally {@code code.status()})
	 * @param detail a detail text replacing the code's template, or null
	 */
	public static Mono<Void> write(ServerWebExchange exchange, ProblemCode code, HttpStatusCode status, String detail,
			Object... detailArgs) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		boolean english = prefersEnglish(exchange.getRequest().getHeaders());
		RequestContext ctx = RequestContext.of(exchange);
		String text = detail != null ? detail : code.detail(english, detailArgs);
		byte[] body = json(code, status.value(), code.title(english), text, ctx.path(), ctx.traceId())
			.getBytes(StandardCharsets.UTF_8);
		response.setStatusCode(status);
		HttpHeaders headers = response.getHeaders();
		headers.remove(HttpHeaders.TRANSFER_ENCODING);
		headers.remove(HttpHeaders.CONTENT_ENCODING);
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLength(body.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	/** {@code Accept-Language} starting with {@code en} selects English; everything else Chinese. */
	public static boolean prefersEnglish(HttpHeaders headers) {
		String lang = headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE);
		return lang != null && lang.length() >= 2 && lang.regionMatches(true, 0, "en", 0, 2);
	}

	static String json(ProblemCode code, int status, String title, String detail, String instance, String traceId) {
		StringBuilder sb = new StringBuilder(320);
		sb.append("{\"type\":");
		string(sb, code.type());
		sb.append(",\"title\":");
		string(sb, title);
		sb.append(",\"status\":").append(status);
		sb.append(",\"detail\":");
		string(sb, detail);
		sb.append(",\"instance\":");
		string(sb, instance);
		sb.append(",\"code\":");
		string(sb, code.name());
		sb.append(",\"errors\":[]");
		sb.append(",\"traceId\":");
		string(sb, traceId);
		sb.append('}');
		return sb.toString();
	}

	private static void string(StringBuilder sb, String s) {
		if (s == null) {
			sb.append("null");
			return;
		}
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '\t' -> sb.append("\\t");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						sb.append(String.format("\\u%04x", (int) c));
					}
					else {
						sb.append(c);
					}
				}
			}
		}
		sb.append('"');
	}

}
