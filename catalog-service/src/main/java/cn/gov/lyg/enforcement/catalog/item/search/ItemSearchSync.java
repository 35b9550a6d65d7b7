package cn.gov.lyg.enforcement.catalog.item.search;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemView;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link ItemSearchIndex} in step with MongoDB.
 *
 * <ul>
 *   <li><b>Start-up:</b> one full load (streaming the collection once, without history and outbox) while the
 *   application context starts, before the web server accepts requests and before readiness turns UP. If MongoDB
 *   cannot be read then, the service still starts; searches are answered by the MongoDB query until a later
 *   refresh succeeds.</li>
 *   <li><b>Own writes:</b> applied synchronously by {@link ItemSearchWriteHook} (read-your-writes).</li>
 *   <li><b>Refresh</b> (every {@code enforcement.catalog.search.refresh-interval}, default 2 s): re-reads the
 *   items whose {@code modifiedAt} is at or after the newest {@code modifiedAt} seen minus
 *   {@code refresh-overlap} (default 10 s, for clock skew between instances and writes committed out of order);
 *   the version guard makes re-reading harmless. This is how writes of other instances arrive: instances converge
 *   within the refresh interval plus the query time.</li>
 *   <li><b>Full rebuild</b> (every {@code rebuild-interval}, default 5 min): catches what a {@code modifiedAt}
 *   query cannot see (deleted documents, writes that bypass auditing, clocks skewed beyond the overlap).</li>
 * </ul>
 * Refresh and rebuild run on one daemon thread, never concurrently. On a real MongoDB the refresh query uses the
 * {@code ix_modified_at} index; on the MongoDB-wire test server it scans the collection (tens of ms at 10 000
 * items, every 2 s, off the request path).
 */
@Component
public class ItemSearchSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ItemSearchSync.class);

    private final MongoTemplate mongo;
    private final ItemSearchIndex index;
    private final boolean enabled;
    private final Duration refreshInterval;
    private final Duration rebuildInterval;
    private final Duration overlap;
    private volatile Instant newestSeen;
    private volatile Instant lastRefresh;
    private volatile ScheduledExecutorService executor;

    public ItemSearchSync(MongoTemplate mongo, ItemSearchIndex index, MeterRegistry meters,
                          @Value("${enforcement.catalog.search.enabled:true}") boolean enabled,
                          @Value("${enforcement.catalog.search.refresh-interval:2s}") Duration refreshInterval,
                          @Value("${enforcement.catalog.search.rebuild-interval:5m}") Duration rebuildInterval,
                          @Value("${enforcement.catalog.search.refresh-overlap:10s}") Duration overlap) {
        this.mongo = mongo;
        this.index = index;
        this.enabled = enabled;
        this.refreshInterval = refreshInterval;
        this.rebuildInterval = rebuildInterval;
        this.overlap = overlap;
        Gauge.builder("catalog.search.items", index, ItemSearchIndex::size)
                .description("items in the in-memory catalog search model").register(meters);
        Gauge.builder("catalog.search.refresh.age", this, s -> s.lastRefresh == null ? -1
                        : Duration.between(s.lastRefresh, Instant.now()).toMillis() / 1000.0)
                .baseUnit("seconds").description("time since the last successful refresh from MongoDB").register(meters);
    }

    /** Reads the whole collection and replaces the model with it. */
    public void rebuild() {
        long started = System.nanoTime();
        long stamp = index.stamp();
        List<ItemView> views = new ArrayList<>();
        Instant newest = read(new Query(), views);
        index.replaceAll(views, stamp);
        advance(newest);
        lastRefresh = Instant.now();
        log.info("catalog search: loaded {} items in {} ms", views.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Re-reads the items modified since the newest change seen (less the overlap); returns how many. */
    public int refresh() {
        Instant since = newestSeen;
        if (!index.isLoaded()) {
            rebuild();
            return index.size();
        }
        List<ItemView> views = new ArrayList<>();
        // nothing seen yet (an empty catalog): everything is new
        Query query = since == null ? new Query()
                : new Query(Criteria.where("modifiedAt").gte(Date.from(since.minus(overlap))));
        Instant newest = read(query, views);
        index.applyAll(views);
        advance(newest);
        lastRefresh = Instant.now();
        return views.size();
    }

    private Instant read(Query query, List<ItemView> into) {
        query.fields().exclude("history").exclude("outbox").exclude("appliedChanges");
        Instant newest = null;
        try (Stream<EnforcementItem> items = mongo.stream(query, EnforcementItem.class)) {
            for (EnforcementItem item : (Iterable<EnforcementItem>) items::iterator) {
                into.add(ItemView.of(item));
                Instant modified = item.getModifiedAt();
                if (modified != null && (newest == null || modified.isAfter(newest))) {
                    newest = modified;
                }
            }
        }
        return newest;
    }

    private synchronized void advance(Instant newest) {
        if (newest != null && (newestSeen == null || newest.isAfter(newestSeen))) {
            newestSeen = newest;
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.warn("catalog search: initial load failed, searching MongoDB until a refresh succeeds: {}", e.toString());
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "catalog-search-sync");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                log.warn("catalog search: refresh failed: {}", e.toString());
            }
        }, refreshInterval.toMillis(), refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                log.warn("catalog search: rebuild failed: {}", e.toString());
            }
        }, rebuildInterval.toMillis(), rebuildInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
            try {
                current.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Before the web server starts (it starts at DEFAULT_PHASE - 2048), so no request sees an empty model. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
