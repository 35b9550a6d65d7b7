package cn.gov.lyg.enforcement.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.gateway.web.RequestContext;
import cn.gov.lyg.enforcement.platform.problem.PlatformProblem;
import cn.gov.lyg.enforcement.platform.problem.ProblemTexts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 {@code application/problem+json} bodies for the errors the gateway produces itself, with the
 * platform's codes ({@link PlatformProblem}) and zh/en texts ({@link ProblemTexts}, the bundles the services use).
 * The JSON is built by hand: the shape is fixed, and it keeps error paths free of codec lookups.
 */
public final class Problems {

	private Problems() {
	}

	/** The problem with its own status and detail text. */
	public static Mono<Void> write(ServerWebExchange exchange, PlatformProblem problem) {
		return write(exchange, problem, HttpStatusCode.valueOf(problem.status()), problem.code());
	}

	/** The problem with its own status and the text of {@code detailKey} formatted with {@code detailArgs}. */
	public static Mono<Void> write(ServerWebExchange exchange, PlatformProblem problem, String detailKey,
			Object... detailArgs) {
		return write(exchange, problem, HttpStatusCode.valueOf(problem.status()), detailKey, detailArgs);
	}

	/**
	 * @param status the HTTP status (normally {@code problem.status()})
	 * @param detailKey the bundle key of the detail text (the code, or a variant such as
	 * {@code SERVICE_UNAVAILABLE.named})
	 */
	public static Mono<Void> write(ServerWebExchange exchange, PlatformProblem problem, HttpStatusCode status,
			String detailKey, Object... detailArgs) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		Locale locale = locale(exchange.getRequest().getHeaders());
		RequestContext ctx = RequestContext.of(exchange);
		String text = ProblemTexts.detail(detailKey, locale, detailArgs);
		byte[] body = json(problem, status.value(), ProblemTexts.title(status.value(), locale), text, ctx.path(),
				ctx.traceId())
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
	public static Locale locale(HttpHeaders headers) {
		return ProblemTexts.locale(headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE));
	}

	static String json(PlatformProblem code, int status, String title, String detail, String instance, String traceId) {
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
		string(sb, code.code());
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
