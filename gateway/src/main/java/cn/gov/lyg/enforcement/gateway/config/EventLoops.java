package cn.gov.lyg.enforcement.gateway.config;

/**
 * How many Reactor Netty event loops the gateway runs, decided before Spring (and Reactor Netty's
 * {@code LoopResources}) start: a {@code -Dreactor.netty.ioWorkerCount} given on the command line wins, then
 * the environment variable {@code GATEWAY_IO_THREADS}, then one loop on machines with at most two cores, else
 * Reactor Netty's default (the number of cores, at least four).
 * <p>
 * Why one loop on small machines: a proxied request lives on two connections (client → gateway, gateway →
 * service). With one loop both are served by the same thread, so a request never hops between threads; with
 * several loops a pooled backend connection usually belongs to another loop than the incoming one, and every
 * request pays two cross-thread hand-offs (task queue, eventfd wake-up, context switch). Measured on the 2-core
 * benchmark machine with {@code perf/gateway-ab.sh} (gateways side by side, six alternating rounds): one
 * loop took 380 µs of gateway CPU per request against 540 µs with four loops, and 2 200 against 1 810 req/s.
 * Two loops measured no better than four. Larger machines were not measured; set
 * {@code GATEWAY_IO_THREADS} there after measuring.
 */
public final class EventLoops {

	public static final String PROPERTY = "reactor.netty.ioWorkerCount";

	public static final String ENVIRONMENT = "GATEWAY_IO_THREADS";

	private EventLoops() {
	}

	/** Sets {@value #PROPERTY} from the environment and the core count; returns the value set, or null. */
	public static String configure() {
		return configure(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT),
				Runtime.getRuntime().availableProcessors());
	}

	static String configure(String property, String environment, int cores) {
		String value = decide(property, environment, cores);
		if (value != null) {
			System.setProperty(PROPERTY, value);
		}
		return value;
	}

	/** The event-loop count to set, or null to leave the system property alone. */
	static String decide(String property, String environment, int cores) {
		if (property != null && !property.isBlank()) {
			return null;
		}
		if (environment != null && !environment.isBlank()) {
			int threads;
			try {
				threads = Integer.parseInt(environment.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(ENVIRONMENT + " must be a positive number, not '" + environment + "'");
			}
			if (threads < 1) {
				throw new IllegalArgumentException(ENVIRONMENT + " must be a positive number, not '" + environment + "'");
			}
			return String.valueOf(threads);
		}
		return cores <= 2 ? "1" : null;
	}

}
