package cn.gov.lyg.enforcement.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.RemoteKeySourceException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realm's signing keys, fetched lazily and refreshed under limits, so that anonymous callers cannot turn
 * tokens with made-up {@code kid}s into one Keycloak call each:
 * <ul>
 * <li>at most one fetch per {@code minRefreshInterval} (default 30 s), whatever the tokens say; a failed fetch is
 * retried after {@code min(minRefreshInterval, 5 s)};</li>
 * <li>a {@code kid} that a fresh key set did not contain is remembered as unknown for {@code unknownKidTtl} and
 * answered without a fetch;</li>
 * <li>keys older than {@code maxAge} are fetched again on the next token; keys no longer in the realm's set are
 * dropped (and listeners told, e.g. to forget the tokens they verified);</li>
 * <li>fetches are single-flight: concurrent misses share one fetch.</li>
 * </ul>
 * Not tied to servlet or WebFlux: the fetch is a blocking {@link Fetcher}; the reactive decoder calls it off the
 * event loop ({@link #knowsFresh(String)} tells whether a token can be checked without it).
 */
public class JwkSetSource implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(JwkSetSource.class);
    private static final Duration FAILURE_RETRY = Duration.ofSeconds(5);

    /** Reads the JWK set document. */
    @FunctionalInterface
    public interface Fetcher {
        String fetch() throws IOException;
    }

    private final Fetcher fetcher;
    private final Clock clock;
    private final Duration minRefreshInterval;
    private final Duration maxAge;
    private final Cache<String, Boolean> unknownKids;
    private final LongAdder fetches = new LongAdder();
    private final List<Runnable> removalListeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();

    private volatile JWKSet keys;
    private volatile Instant fetchedAt;
    private volatile Instant lastAttempt;
    private volatile boolean lastAttemptFailed;

    public JwkSetSource(Fetcher fetcher, Clock clock, SecurityProperties.Jwks settings) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.minRefreshInterval = settings.getMinRefreshInterval();
        this.maxAge = settings.getMaxAge();
        this.unknownKids = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(settings.getUnknownKidTtl().toNanos(), TimeUnit.NANOSECONDS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).executor(Runnable::run).build();
    }

    /** Fetches over HTTP(S) with the configured timeouts. */
    public static JwkSetSource http(SecurityProperties properties, Clock clock) {
        SecurityProperties.Jwks settings = properties.getJwks();
        URI uri = URI.create(properties.getJwkSetUri());
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Fetcher fetcher = () -> {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.getResponseTimeout())
                    .header("Accept", "application/json").GET().build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IOException("JWK set " + uri + " answered " + response.statusCode());
                }
                return response.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + uri, e);
            }
        };
        return new JwkSetSource(fetcher, clock, settings);
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws RemoteKeySourceException {
        String kid = kidOf(selector);
        Instant asked = clock.instant();
        JWKSet current = keys;
        if (current == null || stale()) {
            current = refresh(current);
        }
        if (current == null) {
            throw new RemoteKeySourceException("the JWK set is not available (last fetch failed)", null);
        }
        List<JWK> matches = selector.select(current);
        if (!matches.isEmpty() || kid != null && unknownKids.getIfPresent(kid) != null) {
            return matches;
        }
        JWKSet refreshed = refresh(current);
        matches = selector.select(refreshed);
        if (matches.isEmpty() && kid != null && !fetchedAt.isBefore(asked)) {
            // a set fetched for this very question lacks the kid
            unknownKids.put(kid, Boolean.TRUE);
        }
        return matches;
    }

    /**
     * Whether a token with this {@code kid} can be checked without a fetch: the key is in a fresh set, or the kid
     * is known to be unknown.
     */
    public boolean knowsFresh(String kid) {
        JWKSet current = keys;
        if (current == null || stale()) {
            return false;
        }
        return kid == null || current.getKeyByKeyId(kid) != null || unknownKids.getIfPresent(kid) != null
                || !refreshAllowed();
    }

    /** How many times the key set was fetched (successfully or not). */
    public long fetches() {
        return fetches.sum();
    }

    /** Registers the {@code <name>.jwks.fetches} counter. */
    public void bindTo(MeterRegistry registry, String name) {
        FunctionCounter.builder(name + ".jwks.fetches", this, JwkSetSource::fetches)
                .description("Fetches of the realm's JWK set (limited to one per min-refresh-interval)")
                .register(registry);
    }

    /** Runs the listener when a refresh drops keys that were there before. */
    public void onKeysRemoved(Runnable listener) {
        removalListeners.add(listener);
    }

    private boolean stale() {
        Instant at = fetchedAt;
        return at == null || !clock.instant().isBefore(at.plus(maxAge));
    }

    private boolean refreshAllowed() {
        Instant last = lastAttempt;
        if (last == null) {
            return true;
        }
        Duration wait = lastAttemptFailed && FAILURE_RETRY.compareTo(minRefreshInterval) < 0
                ? FAILURE_RETRY : minRefreshInterval;
        return !clock.instant().isBefore(last.plus(wait));
    }

    /**
     * Fetches the set again if the limits allow it; otherwise (or when another caller fetched meanwhile) returns
     * what is there. A failed fetch keeps the old keys; without old keys it throws.
     */
    private JWKSet refresh(JWKSet seen) throws RemoteKeySourceException {
        synchronized (lock) {
            if (keys != seen || !refreshAllowed()) {
                return keys;
            }
            lastAttempt = clock.instant();
            fetches.increment();
            JWKSet fetched;
            try {
                fetched = JWKSet.parse(fetcher.fetch());
            } catch (IOException | java.text.ParseException | RuntimeException e) {
                lastAttemptFailed = true;
                if (seen == null) {
                    throw new RemoteKeySourceException("could not fetch the JWK set: " + e.getMessage(), e);
                }
                log.warn("JWK set refresh failed, keeping the {} keys fetched at {}: {}", seen.size(), fetchedAt,
                        e.toString());
                return seen;
            }
            lastAttemptFailed = false;
            boolean removed = seen != null && !kids(fetched).containsAll(kids(seen));
            keys = fetched;
            fetchedAt = clock.instant();
            unknownKids.asMap().keySet().removeIf(kid -> fetched.getKeyByKeyId(kid) != null);
            if (removed) {
                log.info("JWK set refreshed: keys {} removed", difference(kids(seen), kids(fetched)));
                removalListeners.forEach(Runnable::run);
            }
            return fetched;
        }
    }

    private static Set<String> kids(JWKSet set) {
        Set<String> kids = new HashSet<>();
        set.getKeys().forEach(k -> kids.add(k.getKeyID()));
        return kids;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static String kidOf(JWKSelector selector) {
        Set<String> ids = selector.getMatcher().getKeyIDs();
        return ids == null || ids.size() != 1 ? null : ids.iterator().next();
    }
}
