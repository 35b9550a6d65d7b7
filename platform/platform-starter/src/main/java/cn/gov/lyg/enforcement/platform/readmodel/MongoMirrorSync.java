package cn.gov.lyg.enforcement.platform.readmodel;

import cn.gov.lyg.enforcement.platform.lifecycle.DaemonScheduler;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keeps a {@link MirrorTarget} in step with the MongoDB collection of one aggregate type.
 *
 * <ul>
 *   <li><b>Start-up:</b> one full load (streaming the collection once, without the outbox and the fields named as
 *   excluded) while the application context starts, before the web server accepts requests and before readiness
 *   turns UP. If MongoDB cannot be read then, the service still starts and the target stays "not loaded" (callers
 *   fall back to MongoDB) until a later refresh succeeds.</li>
 *   <li><b>Own writes:</b> the service applies them synchronously from an after-save callback (read-your-writes).</li>
 *   <li><b>Refresh</b> (every {@code refreshInterval}): re-reads the documents whose {@code modifiedAt} is at or
 *   after the start of the previous successful read minus {@code overlap} (clock skew between instances, the time a
 *   save takes between stamping {@code modifiedAt} and becoming visible); version guards make re-reading harmless.
 *   This is how the writes of other instances arrive: instances converge within the refresh interval plus the query
 *   time. A quiet collection costs an empty indexed query; a busy one re-reads at most interval + overlap of
 *   writes (not, as a window anchored at the newest write would, the same documents on every refresh).</li>
 *   <li><b>Full rebuild</b> (every {@code rebuildInterval}): catches what a {@code modifiedAt} query cannot see
 *   (deleted documents, writes that bypass auditing, clocks skewed beyond the overlap).</li>
 * </ul>
 * Refresh and rebuild run on one daemon thread per model, never concurrently. The refresh query uses the index
 * {@code ix_modified_at}, which {@link #start()} ensures.
 * Metrics: {@code readmodel.entries} and {@code readmodel.refresh.age} (seconds), tagged {@code model}.
 *
 * @param <D> the aggregate stored in MongoDB
 * @param <V> the model's view of it
 */
public class MongoMirrorSync<D extends AggregateDocument, V> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MongoMirrorSync.class);

    private final String name;
    private final MongoTemplate mongo;
    private final Class<D> type;
    private final Function<D, V> view;
    private final MirrorTarget<V> target;
    private final MirrorSettings settings;
    private final List<String> excluded;
    private final DaemonScheduler scheduler;
    /** When the last successful read (rebuild or refresh) started: the next refresh reads from there, less overlap. */
    private volatile Instant readFrom;
    private volatile Instant lastRefresh;

    public MongoMirrorSync(String name, MongoTemplate mongo, Class<D> type, Function<D, V> view,
                           MirrorTarget<V> target, MirrorSettings settings, MeterRegistry meters,
                           String... excludedFields) {
        this.name = name;
        this.mongo = mongo;
        this.type = type;
        this.view = view;
        this.target = target;
        this.settings = settings;
        this.excluded = List.of(excludedFields);
        this.scheduler = new DaemonScheduler("readmodel-" + name, DaemonScheduler.OnStop.INTERRUPT);
        Gauge.builder("readmodel.entries", target, MirrorTarget::size).tag("model", name)
                .description("entries in an in-memory read model").register(meters);
        Gauge.builder("readmodel.refresh.age", this, s -> s.lastRefresh == null ? -1
                        : Duration.between(s.lastRefresh, Instant.now()).toMillis() / 1000.0)
                .tag("model", name).baseUnit("seconds")
                .description("time since the read model's last successful refresh from MongoDB").register(meters);
    }

    /** Reads the whole collection and replaces the model with it. */
    public void rebuild() {
        long started = System.nanoTime();
        Instant start = Instant.now();
        long stamp = target.stamp();
        List<V> views = new ArrayList<>();
        read(new Query(), views);
        target.replaceAll(views, stamp);
        readFrom = start;
        lastRefresh = Instant.now();
        log.info("read model {}: loaded {} entries in {} ms", name, views.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Re-reads the documents modified since the previous read started (less the overlap); returns how many. */
    public int refresh() {
        if (!target.isLoaded() || readFrom == null) {
            rebuild();
            return target.size();
        }
        Instant start = Instant.now();
        List<V> views = new ArrayList<>();
        read(new Query(Criteria.where("modifiedAt").gte(Date.from(readFrom.minus(settings.overlap())))), views);
        target.applyAll(views);
        readFrom = start;
        lastRefresh = Instant.now();
        return views.size();
    }

    private void read(Query query, List<V> into) {
        query.fields().exclude("outbox").exclude("processedEvents");
        excluded.forEach(field -> query.fields().exclude(field));
        try (Stream<D> documents = mongo.stream(query, type)) {
            for (D document : (Iterable<D>) documents::iterator) {
                into.add(view.apply(document));
            }
        }
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        try {
            // the refresh query's index (idempotent; the same definition as a service may declare itself)
            mongo.indexOps(type).createIndex(new Index().on("modifiedAt", Sort.Direction.ASC).named("ix_modified_at"));
        } catch (RuntimeException e) {
            log.warn("read model {}: cannot ensure the modifiedAt index: {}", name, e.toString());
        }
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.warn("read model {}: initial load failed, reading MongoDB until a refresh succeeds: {}", name,
                    e.toString());
        }
        scheduler.start();
        scheduler.scheduleWithFixedDelay(settings.refreshInterval(), settings.refreshInterval(), this::refresh,
                failure("refresh"));
        scheduler.scheduleWithFixedDelay(settings.rebuildInterval(), settings.rebuildInterval(), this::rebuild,
                failure("rebuild"));
    }

    private Consumer<RuntimeException> failure(String what) {
        return e -> log.warn("read model {}: {} failed: {}", name, what, e.toString());
    }

    @Override
    public void stop() {
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return scheduler.isRunning();
    }

    /** Before the web server starts (it starts at DEFAULT_PHASE - 2048), so no request sees an empty model. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
