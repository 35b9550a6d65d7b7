package cn.gov.lyg.enforcement.platform.outbox;

import cn.gov.lyg.enforcement.platform.audit.AuditEntry;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders;
import cn.gov.lyg.enforcement.platform.lifecycle.DaemonScheduler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Delivers outbox messages: events to Kafka (idempotent producer, {@code acks=all}), audit records to the audit
 * trail; a message is removed from its document only after the broker acknowledged it (or the audit line was
 * written), so nothing is lost when Kafka or MongoDB is down: the message waits in the document and is retried.
 *
 * <p>Two paths: a save hints the relay, which delivers at once (low latency); a periodic sweep finds whatever is
 * left (after a crash, while the broker was down). Sweeps of a collection run under a lease in
 * {@code outbox_leases}, so several instances do not sweep the same collection at once. Delivery is
 * at-least-once (a crash between the broker's ack and the removal re-sends, and so may a save from a copy read
 * before the removal when it reaches another instance); consumers dedupe on the event id.
 * Messages of one document are delivered in order; a failure stops that document until the next attempt.
 */
public class OutboxRelay implements SmartLifecycle {

    public static final String LEASES = "outbox_leases";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final PlatformProperties.Outbox settings;
    private final Clock clock;
    private final Collection<String> collections;
    private final String owner = UUID.randomUUID().toString();
    private final Counter published;
    private final Counter failures;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final Map<String, Boolean> inFlight = new ConcurrentHashMap<>();
    /**
     * Ids this instance delivered recently. A document saved from a copy read before the relay removed its
     * delivered messages carries them again; they are removed without being sent twice.
     */
    private final Map<String, Boolean> recentlyDelivered = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > 20_000;
                }
            });
    private final DaemonScheduler scheduler =
            new DaemonScheduler("outbox-relay", DaemonScheduler.OnStop.FINISH_SUBMITTED);

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, PlatformProperties.Outbox settings,
                       Clock clock, Collection<String> collections, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.settings = settings;
        this.clock = clock;
        this.collections = List.copyOf(collections);
        this.published = Counter.builder("outbox.published").description("outbox messages delivered").register(meters);
        this.failures = Counter.builder("outbox.failures").description("failed outbox deliveries").register(meters);
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("documents with outbox messages still waiting for delivery (counted after each sweep)")
                .register(meters);
        Gauge.builder("outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("age of the oldest undelivered outbox message in the last sweep's batch").register(meters);
    }

    /** A document with new outbox messages was saved: deliver them soon. */
    public void hint(String collection, Object id) {
        if (!scheduler.isRunning() || id == null) {
            return;
        }
        String key = collection + "/" + id;
        if (inFlight.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        boolean accepted = scheduler.execute(() -> {
            inFlight.remove(key);
            relayDocument(collection, id);
        });
        if (!accepted) { // stopped meanwhile: a later sweep finds the messages
            inFlight.remove(key);
        }
    }

    /** One sweep over every outbox collection whose lease this instance holds; returns the messages delivered. */
    public int sweep() {
        int delivered = 0;
        long waiting = 0;
        Instant oldest = null;
        for (String collection : collections) {
            if (!acquireLease(collection)) {
                continue;
            }
            Query query = new Query(Criteria.where("outbox.messageId").exists(true)).limit(settings.getBatchSize());
            query.fields().include("_id").include("outbox");
            for (Document document : mongo.find(query, Document.class, collection)) {
                List<Document> messages = document.getList("outbox", Document.class, List.of());
                for (Document message : messages) {
                    Date time = message.getDate("time");
                    if (time != null && (oldest == null || time.toInstant().isBefore(oldest))) {
                        oldest = time.toInstant();
                    }
                }
                delivered += relayDocument(collection, document.get("_id"));
            }
            // what is still waiting after this sweep (the batch above is limited): an indexed count
            waiting += mongo.count(new Query(Criteria.where("outbox.messageId").exists(true)), collection);
        }
        backlog.set(waiting);
        oldestAgeSeconds.set(oldest == null || waiting == 0 ? 0
                : Duration.between(oldest, clock.instant()).toSeconds());
        return delivered;
    }

    /** Delivers the outbox of one document in order; returns how many messages were delivered. */
    public int relayDocument(String collection, Object id) {
        Document document;
        try {
            Query query = new Query(Criteria.where("_id").is(id));
            query.fields().include("outbox");
            document = mongo.findOne(query, Document.class, collection);
        } catch (RuntimeException e) {
            log.warn("outbox: cannot read {}/{}: {}", collection, id, e.toString());
            failures.increment();
            return 0;
        }
        if (document == null) {
            return 0;
        }
        List<Document> messages = document.getList("outbox", Document.class, List.of());
        List<String> done = new ArrayList<>();
        for (Document raw : messages) {
            OutboxMessage message = toMessage(raw);
            if (recentlyDelivered.containsKey(message.messageId())) {
                done.add(message.messageId());
                continue;
            }
            try {
                deliver(message);
                recentlyDelivered.put(message.messageId(), Boolean.TRUE);
                done.add(message.messageId());
            } catch (Exception e) {
                failures.increment();
                log.warn("outbox: delivery of {} {} from {}/{} failed, will retry: {}", message.kind(), message.messageId(),
                        collection, id, e.toString());
                break;
            }
        }
        if (!done.isEmpty()) {
            mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
                    new Update().pull("outbox", new Document("messageId", new Document("$in", done))), collection);
            published.increment(done.size());
        }
        return done.size();
    }

    private void deliver(OutboxMessage message) throws Exception {
        if (OutboxMessage.AUDIT.equals(message.kind())) {
            Document entry = Document.parse(message.payload());
            entry.put("_id", entry.remove("id"));
            Object at = entry.get("at");
            if (at instanceof String text) {
                entry.put("at", Date.from(Instant.parse(text)));
            }
            try {
                mongo.getCollection(AuditEntry.COLLECTION).insertOne(entry);
            } catch (com.mongodb.MongoWriteException e) {
                if (e.getError().getCode() != 11000) {
                    throw e;
                }
            } catch (DuplicateKeyException ignored) {
                // already written by an earlier attempt
            }
            return;
        }
        kafka.send(CloudEventHeaders.toRecord(message))
                .get(settings.getSendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static OutboxMessage toMessage(Document raw) {
        Date time = raw.getDate("time");
        return new OutboxMessage(raw.getString("messageId"), raw.getString("kind"), raw.getString("type"),
                raw.getString("topic"), raw.getString("key"), raw.getString("subject"), raw.getString("source"),
                time == null ? Instant.now() : time.toInstant(), raw.getString("traceparent"), raw.getString("payload"));
    }

    /** Takes or renews the lease of a collection; false when another live instance holds it. */
    boolean acquireLease(String collection) {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(settings.getLeaseDuration()));
        Query free = new Query(Criteria.where("_id").is(collection)
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("until").lt(now)));
        Update take = new Update().set("owner", owner).set("until", until);
        try {
            Document lease = mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, LEASES);
            return lease != null && owner.equals(lease.getString("owner"));
        } catch (DuplicateKeyException e) {
            return false;
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("E11000")) {
                return false;
            }
            log.warn("outbox: cannot take the lease of {}: {}", collection, e.toString());
            return false;
        }
    }

    @Override
    public void start() {
        if (!settings.isRelayEnabled()) {
            return;
        }
        scheduler.start();
        Duration period = settings.getSweepInterval();
        scheduler.scheduleWithFixedDelay(Duration.ofMillis(Math.min(period.toMillis(), 1000)), period, this::sweep,
                e -> log.warn("outbox: sweep failed: {}", e.toString()));
    }

    @Override
    public void stop() {
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return scheduler.isRunning();
    }

    /** Stop before the Kafka producer and the Mongo client are closed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
