package cn.gov.lyg.enforcement.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Everything the edge does besides security: the routed services, retries, CORS, body size and rate
 * limits. Prefix {@code enforcement.gateway}.
 */
@ConfigurationProperties("enforcement.gateway")
public class EdgeProperties {

	/** Routed services, keyed by their API context (the second path segment, e.g. {@code catalog}). */
	private Map<String, Service> services = new LinkedHashMap<>();

	/** Largest request body accepted (by Content-Length, or counted for chunked bodies). */
	private DataSize maxRequestBodySize = DataSize.ofMegabytes(10);

	private final Retry retry = new Retry();

	private final CircuitBreaker circuitBreaker = new CircuitBreaker();

	private final Bulk bulk = new Bulk();

	private final Cors cors = new Cors();

	private final RateLimit rateLimit = new RateLimit();

	private final Netty netty = new Netty();

	/**
	 * The gateway's public base URL as clients reach it (e.g. {@code https://enforcement.lyg.example}); the
	 * services' OpenAPI documents name it in {@code servers}. Empty: the origin of each document request (behind
	 * trusted proxies, their X-Forwarded-Proto/Host/Port). Environment {@code PUBLIC_BASE_URL}.
	 */
	private String publicUrl;

	/**
	 * Serve the services' OpenAPI documents at {@code /v3/api-docs/<context>} (off in the production profile,
	 * together with Swagger UI).
	 */
	private boolean apiDocs = true;

	public Map<String, Service> getServices() {
		return services;
	}

	public void setServices(Map<String, Service> services) {
		this.services = services;
	}

	public DataSize getMaxRequestBodySize() {
		return maxRequestBodySize;
	}

	public void setMaxRequestBodySize(DataSize maxRequestBodySize) {
		this.maxRequestBodySize = maxRequestBodySize;
	}

	public Retry getRetry() {
		return retry;
	}

	public CircuitBreaker getCircuitBreaker() {
		return circuitBreaker;
	}

	public Bulk getBulk() {
		return bulk;
	}

	public Cors getCors() {
		return cors;
	}

	public RateLimit getRateLimit() {
		return rateLimit;
	}

	public Netty getNetty() {
		return netty;
	}

	public String getPublicUrl() {
		return publicUrl;
	}

	public void setPublicUrl(String publicUrl) {
		this.publicUrl = publicUrl;
	}

	public boolean isApiDocs() {
		return apiDocs;
	}

	public void setApiDocs(boolean apiDocs) {
		this.apiDocs = apiDocs;
	}

	public static class Service {

		/** Base URL of the service; the request path is forwarded unchanged. */
		private URI url;

		/** Gateway path pattern; defaults to {@code /api/<context>/**}. */
		private String path;

		/** The service's own OpenAPI path, exposed at the gateway as {@code /v3/api-docs/<context>}. */
		private String apiDocsPath = "/v3/api-docs";

		/** Expose the service's OpenAPI document through the gateway. */
		private boolean apiDocs = true;

		/** Per-route override of the HTTP response timeout (else the global httpclient one). */
		private Duration responseTimeout;

		public URI getUrl() {
			return url;
		}

		public void setUrl(URI url) {
			this.url = url;
		}

		public String getPath() {
			return path;
		}

		public void setPath(String path) {
			this.path = path;
		}

		public String getApiDocsPath() {
			return apiDocsPath;
		}

		public void setApiDocsPath(String apiDocsPath) {
			this.apiDocsPath = apiDocsPath;
		}

		public boolean isApiDocs() {
			return apiDocs;
		}

		public void setApiDocs(boolean apiDocs) {
			this.apiDocs = apiDocs;
		}

		public Duration getResponseTimeout() {
			return responseTimeout;
		}

		public void setResponseTimeout(Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

	}

	/** Retries: only for GET and HEAD, only on connect errors and 502/503/504. */
	public static class Retry {

		private int retries = 2;

		private Duration firstBackoff = Duration.ofMillis(50);

		private Duration maxBackoff = Duration.ofMillis(500);

		private int factor = 2;

		public int getRetries() {
			return retries;
		}

		public void setRetries(int retries) {
			this.retries = retries;
		}

		public Duration getFirstBackoff() {
			return firstBackoff;
		}

		public void setFirstBackoff(Duration firstBackoff) {
			this.firstBackoff = firstBackoff;
		}

		public Duration getMaxBackoff() {
			return maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public int getFactor() {
			return factor;
		}

		public void setFactor(int factor) {
			this.factor = factor;
		}

	}

	/** Transport settings of the gateway's HTTP server (see {@link NettyTuningConfiguration}). */
	public static class Netty {

		/**
		 * Coalesce the flushes of one response (status line and headers, body, last chunk) that happen in
		 * the same event-loop turn into one socket write.
		 */
		private boolean flushConsolidation = true;

		/** Flush at the latest after this many consolidated flushes (a long streamed response). */
		private int explicitFlushAfterFlushes = 256;

		public boolean isFlushConsolidation() {
			return flushConsolidation;
		}

		public void setFlushConsolidation(boolean flushConsolidation) {
			this.flushConsolidation = flushConsolidation;
		}

		public int getExplicitFlushAfterFlushes() {
			return explicitFlushAfterFlushes;
		}

		public void setExplicitFlushAfterFlushes(int explicitFlushAfterFlushes) {
			this.explicitFlushAfterFlushes = explicitFlushAfterFlushes;
		}

	}

	public static class CircuitBreaker {

		/** Backend statuses that count as failures (and are answered by the fallback). */
		private List<Integer> statusCodes = new ArrayList<>(List.of(500, 502, 503, 504));

		public List<Integer> getStatusCodes() {
			return statusCodes;
		}

		public void setStatusCodes(List<Integer> statusCodes) {
			this.statusCodes = statusCodes;
		}

	}

	/**
	 * Bulk operations ({@code POST .../import}, {@code GET .../export} under a service's path): their own route and
	 * circuit breaker ({@code <context>-bulk}) with these limits instead of the HTTP client's response timeout and
	 * the default time limiter, which are sized for interactive calls.
	 */
	public static class Bulk {

		/**
		 * How long the gateway waits for the service's response headers: an import answers its row report only after
		 * the whole file is processed (50 000 rows: ~40 s), an export starts streaming after its first rows.
		 */
		private Duration responseTimeout = Duration.ofMinutes(10);

		/**
		 * Time limiter of the bulk breakers: the whole exchange, the streamed response body included (an export of
		 * hundreds of thousands of rows streams for as long as it takes). Keep it above {@code response-timeout}.
		 * A {@code resilience4j.timelimiter.configs.<context>-bulk} (or {@code instances}) entry wins over it.
		 */
		private Duration timeLimit = Duration.ofMinutes(30);

		public Duration getResponseTimeout() {
			return responseTimeout;
		}

		public void setResponseTimeout(Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

		public Duration getTimeLimit() {
			return timeLimit;
		}

		public void setTimeLimit(Duration timeLimit) {
			this.timeLimit = timeLimit;
		}

	}

	public static class Cors {

		/** Exact origins of the frontends (never {@code *}). */
		private List<String> allowedOrigins = new ArrayList<>(List.of("http://localhost:5173"));

		private Duration maxAge = Duration.ofMinutes(30);

		public List<String> getAllowedOrigins() {
			return allowedOrigins;
		}

		public void setAllowedOrigins(List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}

		public Duration getMaxAge() {
			return maxAge;
		}

		public void setMaxAge(Duration maxAge) {
			this.maxAge = maxAge;
		}

	}

	/**
	 * In-memory token buckets, per gateway instance (N instances allow N times the limit).
	 */
	public static class RateLimit {

		private boolean enabled = true;

		/**
		 * Per user of a client ({@code azp} + {@code sub}) for authenticated requests: one user or a runaway tab
		 * of the SPA does not throttle the client's other users.
		 */
		private Limit authenticated = new Limit(200, 400);

		/**
		 * Per client IP: requests rejected as unauthenticated (401: no, garbage, forged, expired or unknown-key
		 * tokens). Checked BEFORE authentication: an address over this budget is answered 429 before any token is
		 * parsed, verified or its key set fetched, until the budget refills. Authenticated traffic never counts, so
		 * busy systems and offices behind one address are not throttled by it.
		 */
		private Limit rejectedPerIp = new Limit(10, 50);

		/** Per client IP for anonymous requests (public routes, API documents). */
		private Limit anonymous = new Limit(20, 40);

		/**
		 * Per-client budgets, keyed by the client id ({@code azp}), replacing {@code authenticated} for each user
		 * (subject) of that client, e.g. {@code gov-systems} (its service account is one subject).
		 */
		private Map<String, Limit> clients = new LinkedHashMap<>();

		/**
		 * Number of trusted proxies in front of the gateway that append to X-Forwarded-For; 0 uses
		 * the connection's remote address (X-Forwarded-For is then ignored, it could be forged).
		 */
		private int trustedProxyHops = 0;

		/** Upper bound on tracked client keys. */
		private long maxTrackedClients = 100_000;

		/** A client's bucket is dropped after this much inactivity. */
		private Duration idleExpiry = Duration.ofMinutes(10);

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Limit getAuthenticated() {
			return authenticated;
		}

		public void setAuthenticated(Limit authenticated) {
			this.authenticated = authenticated;
		}

		public Limit getAnonymous() {
			return anonymous;
		}

		public Limit getRejectedPerIp() {
			return rejectedPerIp;
		}

		public void setRejectedPerIp(Limit rejectedPerIp) {
			this.rejectedPerIp = rejectedPerIp;
		}

		public void setAnonymous(Limit anonymous) {
			this.anonymous = anonymous;
		}

		public Map<String, Limit> getClients() {
			return clients;
		}

		public void setClients(Map<String, Limit> clients) {
			this.clients = clients;
		}

		public int getTrustedProxyHops() {
			return trustedProxyHops;
		}

		public void setTrustedProxyHops(int trustedProxyHops) {
			this.trustedProxyHops = trustedProxyHops;
		}

		public long getMaxTrackedClients() {
			return maxTrackedClients;
		}

		public void setMaxTrackedClients(long maxTrackedClients) {
			this.maxTrackedClients = maxTrackedClients;
		}

		public Duration getIdleExpiry() {
			return idleExpiry;
		}

		public void setIdleExpiry(Duration idleExpiry) {
			this.idleExpiry = idleExpiry;
		}

	}

	/** A token bucket: {@code replenishRate} requests per second, bursts up to {@code burstCapacity}. */
	public static class Limit {

		private double replenishRate;

		private long burstCapacity;

		public Limit() {
		}

		public Limit(double replenishRate, long burstCapacity) {
			this.replenishRate = replenishRate;
			this.burstCapacity = burstCapacity;
		}

		public double getReplenishRate() {
			return replenishRate;
		}

		public void setReplenishRate(double replenishRate) {
			this.replenishRate = replenishRate;
		}

		public long getBurstCapacity() {
			return burstCapacity;
		}

		public void setBurstCapacity(long burstCapacity) {
			this.burstCapacity = burstCapacity;
		}

	}

}
