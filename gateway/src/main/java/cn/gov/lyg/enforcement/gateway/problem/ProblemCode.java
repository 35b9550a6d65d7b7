package cn.gov.lyg.enforcement.gateway.problem;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * The errors the gateway itself produces (RFC 9457 problem details), with Chinese and English texts.
 * Detail texts may contain {@code %s} placeholders filled by the caller.
 */
public enum ProblemCode {

	BAD_REQUEST(HttpStatus.BAD_REQUEST, "请求无效", "Bad request", "请求格式不正确。", "The request is malformed."),

	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "未认证", "Unauthenticated", "缺少有效的访问令牌，或令牌无效、已过期。",
			"A valid access token is required; the token is missing, invalid or expired."),

	ACCESS_DENIED(HttpStatus.FORBIDDEN, "无权访问", "Access denied", "当前身份无权访问该资源。",
			"You are not allowed to access this resource."),

	NOT_FOUND(HttpStatus.NOT_FOUND, "资源不存在", "Not found", "请求的路径不存在。", "No resource exists at the requested path."),

	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "请求方法不允许", "Method not allowed", "该路径不支持此请求方法。",
			"The request method is not supported for this path."),

	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "请求体过大", "Payload too large", "请求体超过允许的最大长度（%s）。",
			"The request body exceeds the maximum allowed size (%s)."),

	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", "Too many requests", "请求频率超过限制，请在 %s 秒后重试。",
			"The rate limit is exceeded; retry after %s seconds."),

	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误", "Internal error", "网关处理请求时发生内部错误，请稍后重试。",
			"The gateway failed to process the request; please retry later."),

	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用", "Service unavailable", "服务（%s）暂时不可用，请稍后重试。",
			"The service (%s) is temporarily unavailable; please retry later.");

	private static final String TYPE_BASE = "https://enforcement.lyg.gov.cn/problems/";

	private final HttpStatus status;

	private final String type;

	private final String titleZh;

	private final String titleEn;

	private final String detailZh;

	private final String detailEn;

	ProblemCode(HttpStatus status, String titleZh, String titleEn, String detailZh, String detailEn) {
		this.status = status;
		this.type = TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-');
		this.titleZh = titleZh;
		this.titleEn = titleEn;
		this.detailZh = detailZh;
		this.detailEn = detailEn;
	}

	public HttpStatus status() {
		return status;
	}

	public String type() {
		return type;
	}

	public String title(boolean english) {
		return english ? titleEn : titleZh;
	}

	public String detail(boolean english, Object... args) {
		String template = english ? detailEn : detailZh;
		return args.length == 0 ? template : String.format(template, args);
	}

}
