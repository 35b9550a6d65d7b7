package cn.gov.lyg.enforcement.platform.kafka;

import cn.gov.lyg.enforcement.platform.problem.TraceIds;
import java.time.Clock;
import java.util.Date;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Idempotent consumers: the id of every processed event is stored per consumer under a unique key
 * ({@code processed_events._id = consumer/eventId}); a redelivered event is skipped. Before anything, the event's
 * CloudEvent {@code source} is checked against the {@link EventSourcePolicy}: a record from a source that may not
 * produce it goes to the DLT.
 *
 * <p>The mark is written <em>after</em> the handler succeeded, never before: a crash between the two leaves no mark,
 * and the redelivery runs the handler again (the old "mark first" order acknowledged events that were never
 * applied). The handler therefore must be safe to run twice for the same event, which the platform makes cheap:
 * <ul>
 *   <li>an effect on an {@link cn.gov.lyg.enforcement.platform.mongo.AggregateDocument}: call
 *       {@code aggregate.markProcessed(event.id())} before changing it and change nothing when it returns false; the
 *       id is saved in the same document write as the effect (atomic without transactions), and a concurrent
 *       duplicate loses on the document's {@code @Version};</li>
 *   <li>a projection keyed by the source's version (the agency directory) ignores what it already has.</li>
 * </ul>
 * If the handler fails nothing is marked, so the retry (or the DLT replay) processes it again.
 */
public class ProcessedEvents {

    public static final String COLLECTION = "processed_events";
    private final MongoTemplate mongo;
    private final Clock clock;
    private final EventSourcePolicy sources;

    /** Without a source check (tests of a handler alone); services get the checking one from the platform. */
    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this(mongo, clock, null);
    }

    /** @param sources checked before every handler ({@code null}: no check) */
    public ProcessedEvents(MongoTemplate mongo, Clock clock, EventSourcePolicy sources) {
        this.mongo = mongo;
        this.clock = clock;
        this.sources = sources;
    }

    /** Runs {@code handler} unless this consumer already processed the event; returns whether it ran. */
    public boolean handleOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
        if (sources != null) {
            sources.check(event);
        }
        String key = consumer + "/" + event.id();
        if (mongo.exists(new Query(Criteria.where("_id").is(key)), COLLECTION)) {
            return false;
        }
        String previous = MDC.get(TraceIds.MDC_KEY);
        TraceIds.traceIdOf(event.traceparent()).ifPresent(id -> MDC.put(TraceIds.MDC_KEY, id));
        try {
            handler.accept(event);
            try {
                mongo.getCollection(COLLECTION).insertOne(new Document("_id", key).append("consumer", consumer)
                        .append("eventId", event.id()).append("type", event.type())
                        .append("processedAt", Date.from(clock.instant())));
            } catch (com.mongodb.MongoWriteException e) {
                if (e.getError().getCode() != 11000) {
                    throw e;
                }
                // a concurrent duplicate finished first; the handler's own record made this run harmless
            } catch (DuplicateKeyException e) {
                // as above
            }
            return true;
        } finally {
            if (previous == null) {
                MDC.remove(TraceIds.MDC_KEY);
            } else {
                MDC.put(TraceIds.MDC_KEY, previous);
            }
        }
    }

    public boolean isProcessed(String consumer, String eventId) {
        return mongo.exists(new Query(Criteria.where("_id").is(consumer + "/" + eventId)), COLLECTION);
    }
}
