package cn.gov.lyg.enforcement.platform.outbox;

import cn.gov.lyg.enforcement.platform.audit.AuditChain;
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
import java.util.concurrent.CompletableFuture;
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
import org.springframework.data.domain.Sort;
import org.apache.kafka.common.errors.RetriableException;
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
 * Events of one document are delivered in order; a failure stops that document's events until the next attempt.
 * Audit lines go to MongoDB on their own, never waiting for Kafka.
 *
 * <p>Poison messages: a failure that is the message's own (the broker refused it, or it timed out while the broker
 * took other messages) counts as an attempt and backs the message off (doubling from the sweep interval, at most
 * {@code max-retry-backoff}); after {@code enforcement.outbox.max-attempts} it is <em>parked</em> with the later
 * events of its document: not tried again, counted in the {@code outbox.parked} gauge (alert
 * {@code OutboxMessageParked}), listed by {@link #parked} and re-queued by {@link #requeue}/{@link #requeueAll}
 * (or the MongoDB update in docs/runbooks.md). A broker outage counts no attempts: the sweep probes once and then
 * only writes audit lines. Sweeps take the oldest due messages first and skip parked and backing-off ones, so
 * poison documents cannot starve the others; a sweep renews its lease before a delivery could outlast it
 * (the lease must be at least three send timeouts) and stops once it lost it.
 *
 * <p>Threads: sweeps run on {@code outbox-relay}, hinted deliveries on their own thread {@code outbox-relay-hints},
 * so a hint never waits behind a sweep (a sweep over a large collection can take long). At most
 * {@link #MAX_QUEUED_HINTS} hints wait (one per document); beyond that a hint is dropped and the next sweep
 * delivers the document. The two threads never work on the same document at once: a document is relayed under a
 * per-document guard of this instance; a sweep skips a document a hint is delivering (the hint delivers it), a hint
 * waits for the sweep to finish that one document (at most the lease duration, else the next sweep takes it) and
 * then reads it again. So each document's events are still sent one at a time and in order, and a message the
 * other thread just delivered is not sent again.
 */
public class OutboxRelay implements SmartLifecycle {

    public static final String LEASES = "outbox_leases";
    /** Hints (distinct documents) waiting for the hint thread at most; more are left to the sweep. */
    static final int MAX_QUEUED_HINTS = 10_000;
    private static final Criteria PENDING = Criteria.where("outbox.messageId").exists(true);
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
    private final AtomicLong parked = new AtomicLong();
    private final Counter parkedTotal;
    /** When the broker last acknowledged a send of this instance. */
    private volatile Instant lastSuccess;
    /** Until when events are not tried because the broker looked down (a send timed out). */
    private volatile Instant brokerSuspectUntil;
    private volatile int maxQueuedHints = MAX_QUEUED_HINTS;
    /** Documents with a hint queued and not started yet. */
    private final Map<String, Boolean> inFlight = new ConcurrentHashMap<>();
    /** Documents being relayed by this instance (sweep or hint thread), completed when the relay of it ends. */
    private final Map<String, CompletableFuture<Void>> relaying = new ConcurrentHashMap<>();
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
    /** Hinted deliveries: their own thread, so they never wait behind a sweep. */
    private final DaemonScheduler hints =
            new DaemonScheduler("outbox-relay-hints", DaemonScheduler.OnStop.FINISH_SUBMITTED);

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
        this.parkedTotal = Counter.builder("outbox.parked.messages")
                .description("outbox messages parked after max-attempts failed deliveries").register(meters);
        Gauge.builder("outbox.parked", parked, AtomicLong::get)
                .description("documents with a parked outbox message (poison: not retried until re-queued), "
                        + "counted after each sweep").register(meters);
        if (settings.getLeaseDuration().compareTo(settings.getSendTimeout().multipliedBy(3)) < 0) {
            throw new IllegalStateException("enforcement.outbox.lease-duration (" + settings.getLeaseDuration()
                    + ") must be at least three times enforcement.outbox.send-timeout (" + settings.getSendTimeout()
                    + "): a sweep must not outlast its lease while the broker does not answer");
        }
        Gauge.builder("outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("age of the oldest undelivered outbox message in the last sweep's batch").register(meters);
    }

    /** A document with new outbox messages was saved: deliver them soon. */
    public void hint(String collection, Object id) {
        if (!hints.isRunning() || id == null) {
            return;
        }
        String key = collection + "/" + id;
        if (inFlight.size() >= maxQueuedHints) { // the queue is full: the next sweep delivers it
            return;
        }
        if (inFlight.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        boolean accepted = hints.execute(() -> {
            inFlight.remove(key);
            relayDocument(collection, id);
        });
        if (!accepted) { // stopped meanwhile: a later sweep finds the messages
            inFlight.remove(key);
        }
    }

    /**
     * One sweep over every outbox collection whose lease this instance holds; returns the messages delivered.
     * Documents are taken oldest message first, only those with a message that is due (not parked, back-off
     * over), so poison messages cannot fill the batch. The sweep renews its lease before a document whenever a
     * delivery could outlast it, and stops when the lease is lost: no sweep overlaps another instance's. Once the
     * broker looks down (a send timed out), the rest of the sweep writes only audit lines.
     */
    public int sweep() {
        int delivered = 0;
        long waiting = 0;
        long parkedDocuments = 0;
        Instant oldest = null;
        for (String collection : collections) {
            Instant leaseUntil = acquireLeaseUntil(collection);
            if (leaseUntil == null) {
                continue;
            }
            Instant now = clock.instant();
            // "outbox.messageId exists" lets MongoDB use the sparse outbox_pending index
            Query query = new Query(new Criteria().andOperator(PENDING, new Criteria().orOperator(
                    Criteria.where("outbox").elemMatch(dueCriteria(now)),
                    Criteria.where("outbox").elemMatch(Criteria.where("kind").is(OutboxMessage.AUDIT)))))
                    .with(Sort.by(Sort.Direction.ASC, "outbox.time")).limit(settings.getBatchSize());
            query.fields().include("_id").include("outbox");
            for (Document document : mongo.find(query, Document.class, collection)) {
                // a delivery may take the send timeout; never work past the lease
                if (clock.instant().plus(settings.getSendTimeout().multipliedBy(2)).isAfter(leaseUntil)) {
                    leaseUntil = acquireLeaseUntil(collection);
                    if (leaseUntil == null) {
                        log.info("outbox: lease of {} lost during a sweep, stopping it", collection);
                        break;
                    }
                }
                for (Document message : document.getList("outbox", Document.class, List.of())) {
                    Date time = message.getDate("time");
                    if (time != null && message.get("parkedAt") == null
                            && (oldest == null || time.toInstant().isBefore(oldest))) {
                        oldest = time.toInstant();
                    }
                }
                // a document the hint thread is relaying is skipped: the hint delivers it
                delivered += relay(collection, document.get("_id"), false);
            }
            // what is still waiting after this sweep (the batch above is limited): an indexed count
            waiting += mongo.count(new Query(Criteria.where("outbox.messageId").exists(true)), collection);
            parkedDocuments += mongo.count(new Query(new Criteria().andOperator(PENDING,
                    Criteria.where("outbox.parkedAt").exists(true))), collection);
        }
        backlog.set(waiting);
        parked.set(parkedDocuments);
        oldestAgeSeconds.set(oldest == null || waiting == 0 ? 0
                : Duration.between(oldest, clock.instant()).toSeconds());
        return delivered;
    }

    private static Criteria dueCriteria(Instant now) {
        return new Criteria().andOperator(Criteria.where("parkedAt").exists(false),
                new Criteria().orOperator(Criteria.where("nextAttemptAt").exists(false),
                        Criteria.where("nextAttemptAt").lte(Date.from(now))));
    }

    /**
     * Delivers the outbox of one document; returns how many messages were delivered. Audit lines are written
     * first and each on its own: they never wait for Kafka. Events go in order; the first one that fails stops
     * the document's events until its next attempt (after a back-off). A failure that is the message's own
     * (the broker refused it, or it timed out while the broker accepted others) counts as an attempt; after
     * {@code max-attempts} the message is parked, and the later events of the document with it (order is kept).
     */
    public int relayDocument(String collection, Object id) {
        return relay(collection, id, true);
    }

    /**
     * Relays one document unless this instance is relaying it already on another thread: then {@code wait} waits for
     * that relay to end (at most the lease duration) and relays it again (new messages may have been saved since it
     * was read), otherwise returns 0 at once. One relay per document at a time keeps its events in order and sent once.
     */
    private int relay(String collection, Object id, boolean wait) {
        String key = collection + "/" + id;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        long deadline = System.nanoTime() + settings.getLeaseDuration().toNanos();
        while (true) {
            CompletableFuture<Void> other = relaying.putIfAbsent(key, mine);
            if (other == null) {
                break;
            }
            if (!wait) {
                return 0;
            }
            try {
                other.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                log.warn("outbox: {} is still being relayed after {}, leaving it to the next sweep", key,
                        settings.getLeaseDuration());
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (java.util.concurrent.ExecutionException e) {
                // never completed exceptionally; try again
            }
        }
        try {
            return relayUnguarded(collection, id);
        } finally {
            relaying.remove(key, mine);
            mine.complete(null);
        }
    }

    private int relayUnguarded(String collection, Object id) {
        Document document;
        try {
            Query query = new Query(Criteria.where("_id").is(id));
            query.fields().include("outbox").include("version");
            document = mongo.findOne(query, Document.class, collection);
        } catch (RuntimeException e) {
            log.warn("outbox: cannot read {}/{}: {}", collection, id, e.toString());
            failures.increment();
            return 0;
        }
        if (document == null) {
            return 0;
        }
        List<OutboxMessage> messages = document.getList("outbox", Document.class, List.of()).stream()
                .map(OutboxRelay::toMessage).toList();
        List<String> done = new ArrayList<>();
        for (OutboxMessage message : messages) {
            if (!OutboxMessage.AUDIT.equals(message.kind())) {
                continue;
            }
            try {
                deliver(message);
                done.add(message.messageId());
            } catch (Exception e) {
                failures.increment();
                log.warn("outbox: audit line {} of {}/{} not written, will retry: {}", message.messageId(), collection,
                        id, e.toString());
            }
        }
        Instant now = clock.instant();
        for (OutboxMessage message : messages) {
            if (OutboxMessage.AUDIT.equals(message.kind())) {
                continue;
            }
            if (recentlyDelivered.containsKey(message.messageId())) {
                done.add(message.messageId());
                continue;
            }
            if (message.parked() || (message.nextAttemptAt() != null && message.nextAttemptAt().isAfter(now))
                    || brokerSuspect(now)) {
                break; // waits behind a parked or backing-off message, or for the broker
            }
            try {
                deliver(message);
                lastSuccess = clock.instant();
                brokerSuspectUntil = null;
                recentlyDelivered.put(message.messageId(), Boolean.TRUE);
                done.add(message.messageId());
            } catch (Exception e) {
                failures.increment();
                recordFailure(collection, id, document, messages, message, e);
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

    private boolean brokerSuspect(Instant now) {
        Instant until = brokerSuspectUntil;
        return until != null && now.isBefore(until);
    }

    private void recordFailure(String collection, Object id, Document document, List<OutboxMessage> messages,
                               OutboxMessage message, Exception e) {
        Instant now = clock.instant();
        String error = describe(e);
        boolean brokerLevel = isBrokerLevel(e);
        Instant success = lastSuccess;
        boolean brokerTookOthers = success != null && success.isAfter(now.minus(settings.getLeaseDuration()));
        if (brokerLevel && !brokerTookOthers) {
            // the broker is down or unreachable: not this message's fault; the next sweep probes again
            brokerSuspectUntil = now.plus(settings.getSweepInterval());
            log.warn("outbox: broker unavailable while delivering {} from {}/{}, will retry: {}", message.messageId(),
                    collection, id, error);
            return;
        }
        int attempts = message.attempts() + 1;
        if (attempts >= settings.getMaxAttempts()) {
            park(collection, id, document, messages, message, attempts, error, now);
            return;
        }
        long backoffMillis = Math.min(settings.getMaxRetryBackoff().toMillis(),
                settings.getSweepInterval().toMillis() * (1L << Math.min(20, attempts - 1)));
        log.warn("outbox: delivery of {} from {}/{} failed (attempt {} of {}), next in {} ms: {}", message.messageId(),
                collection, id, attempts, settings.getMaxAttempts(), backoffMillis, error);
        mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("outbox.messageId").is(message.messageId())),
                new Update().set("outbox.$.attempts", attempts).set("outbox.$.lastError", error)
                        .set("outbox.$.nextAttemptAt", Date.from(now.plusMillis(backoffMillis))), collection);
    }

    /**
     * Parks the message and every later event of the document (they wait behind it, to keep the order). Written
     * only if the document did not change meanwhile; otherwise the next attempt decides again.
     */
    private void park(String collection, Object id, Document document, List<OutboxMessage> messages,
                      OutboxMessage poison, int attempts, String error, Instant now) {
        List<Document> stored = document.getList("outbox", Document.class, List.of());
        List<Document> updated = new ArrayList<>();
        boolean behind = false;
        for (Document raw : stored) {
            Document copy = new Document(raw);
            if (poison.messageId().equals(raw.getString("messageId"))) {
                copy.put("attempts", attempts);
                copy.put("lastError", error);
                copy.put("parkedAt", Date.from(now));
                behind = true;
            } else if (behind && !OutboxMessage.AUDIT.equals(raw.getString("kind")) && raw.get("parkedAt") == null) {
                copy.put("lastError", "waits behind parked message " + poison.messageId());
                copy.put("parkedAt", Date.from(now));
            }
            updated.add(copy);
        }
        Criteria same = Criteria.where("_id").is(id);
        Object version = document.get("version");
        same = version == null ? same.and("version").exists(false) : same.and("version").is(version);
        var result = mongo.updateFirst(new Query(same), new Update().set("outbox", updated), collection);
        if (result.getMatchedCount() > 0) {
            parkedTotal.increment();
            log.error("outbox: message {} ({} to {}) of {}/{} PARKED after {} failed attempts: {}; re-queue it with "
                    + "OutboxRelay.requeue once the cause is fixed", poison.messageId(), poison.type(), poison.topic(),
                    collection, id, attempts, error);
        }
    }

    /** The parked messages of a collection (at most {@code limit}), oldest first, for operators. */
    public List<ParkedMessage> parked(String collection, int limit) {
        Query query = new Query(Criteria.where("outbox.parkedAt").exists(true))
                .with(Sort.by(Sort.Direction.ASC, "outbox.time")).limit(limit);
        query.fields().include("_id").include("outbox");
        List<ParkedMessage> result = new ArrayList<>();
        for (Document document : mongo.find(query, Document.class, collection)) {
            for (Document raw : document.getList("outbox", Document.class, List.of())) {
                if (raw.get("parkedAt") != null) {
                    OutboxMessage message = toMessage(raw);
                    result.add(new ParkedMessage(collection, document.get("_id"), message.messageId(), message.type(),
                            message.topic(), message.attempts(), message.lastError(), message.parkedAt()));
                }
            }
        }
        return result;
    }

    /**
     * Re-queues the parked messages of one document (after the cause was fixed): attempts, back-off and parking are
     * reset and the document is relayed at once. Returns how many messages were re-queued.
     */
    public int requeue(String collection, Object id) {
        Query query = new Query(Criteria.where("_id").is(id));
        query.fields().include("outbox").include("version");
        Document document = mongo.findOne(query, Document.class, collection);
        if (document == null) {
            return 0;
        }
        int count = 0;
        List<Document> updated = new ArrayList<>();
        for (Document raw : document.getList("outbox", Document.class, List.of())) {
            Document copy = new Document(raw);
            if (copy.remove("parkedAt") != null) {
                count++;
            }
            copy.remove("nextAttemptAt");
            copy.remove("lastError");
            copy.put("attempts", 0);
            updated.add(copy);
        }
        if (count == 0) {
            return 0;
        }
        Criteria same = Criteria.where("_id").is(id);
        Object version = document.get("version");
        same = version == null ? same.and("version").exists(false) : same.and("version").is(version);
        if (mongo.updateFirst(new Query(same), new Update().set("outbox", updated), collection).getMatchedCount() == 0) {
            return requeue(collection, id); // saved meanwhile: read again
        }
        log.info("outbox: {} message(s) of {}/{} re-queued", count, collection, id);
        hint(collection, id);
        return count;
    }

    /** Re-queues every parked message of a collection; returns how many. */
    public int requeueAll(String collection) {
        int count = 0;
        Query query = new Query(Criteria.where("outbox.parkedAt").exists(true));
        query.fields().include("_id");
        for (Document document : mongo.find(query, Document.class, collection)) {
            count += requeue(collection, document.get("_id"));
        }
        return count;
    }

    /** Hints queued and not started yet (bounded by {@link #MAX_QUEUED_HINTS}). */
    int queuedHints() {
        return inFlight.size();
    }

    /** A smaller bound than {@link #MAX_QUEUED_HINTS} (tests). */
    void maxQueuedHints(int max) {
        this.maxQueuedHints = max;
    }

    /** The collections this relay serves. */
    public Collection<String> collections() {
        return collections;
    }

    static boolean isBrokerLevel(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root
                && (root instanceof java.util.concurrent.ExecutionException || root.getCause() instanceof Exception)) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private void deliver(OutboxMessage message) throws Exception {
        if (OutboxMessage.AUDIT.equals(message.kind())) {
            Document entry = AuditChain.toStored(message.payload());
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
        Date next = raw.getDate("nextAttemptAt");
        Date parkedAt = raw.getDate("parkedAt");
        Number attempts = raw.get("attempts", Number.class);
        return new OutboxMessage(raw.getString("messageId"), raw.getString("kind"), raw.getString("type"),
                raw.getString("topic"), raw.getString("key"), raw.getString("subject"), raw.getString("source"),
                time == null ? Instant.now() : time.toInstant(), raw.getString("traceparent"), raw.getString("payload"),
                attempts == null ? 0 : attempts.intValue(), raw.getString("lastError"),
                next == null ? null : next.toInstant(), parkedAt == null ? null : parkedAt.toInstant());
    }

    /** Takes or renews the lease of a collection; false when another live instance holds it. */
    boolean acquireLease(String collection) {
        return acquireLeaseUntil(collection) != null;
    }

    /** Takes or renews the lease of a collection; false when another live instance holds it. */
    private Instant acquireLeaseUntil(String collection) {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(settings.getLeaseDuration()));
        Query free = new Query(Criteria.where("_id").is(collection)
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("until").lt(now)));
        Update take = new Update().set("owner", owner).set("until", until);
        try {
            Document lease = mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, LEASES);
            return lease != null && owner.equals(lease.getString("owner")) ? until.toInstant() : null;
        } catch (DuplicateKeyException e) {
            return null;
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("E11000")) {
                return null;
            }
            log.warn("outbox: cannot take the lease of {}: {}", collection, e.toString());
            return null;
        }
    }

    @Override
    public void start() {
        if (!settings.isRelayEnabled()) {
            return;
        }
        scheduler.start();
        hints.start();
        Duration period = settings.getSweepInterval();
        scheduler.scheduleWithFixedDelay(Duration.ofMillis(Math.min(period.toMillis(), 1000)), period, this::sweep,
                e -> log.warn("outbox: sweep failed: {}", e.toString()));
    }

    @Override
    public void stop() {
        hints.stop(); // first: a queued hint may wait for the sweep's document, which ends meanwhile
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return scheduler.isRunning() || hints.isRunning();
    }

    /** Stop before the Kafka producer and the Mongo client are closed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
