package cn.gov.lyg.enforcement.gateway.web;

import org.springframework.util.unit.DataSize;

/** A request body grew beyond the configured maximum while it was streamed to the backend. */
public class PayloadTooLargeException extends RuntimeException {

	private final DataSize limit;

	public PayloadTooLargeException(DataSize limit) {
		super("Request body exceeds " + limit, null, false, false);
		this.limit = limit;
	}

	public DataSize limit() {
		return limit;
	}

	/** The exception itself or in its cause chain, or null. */
	public static PayloadTooLargeException find(Throwable t) {
		for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
			if (t instanceof PayloadTooLargeException p) {
				return p;
			}
			for (Throwable s : t.getSuppressed()) {
				if (s instanceof PayloadTooLargeException p) {
					return p;
				}
			}
		}
		return null;
	}

}
