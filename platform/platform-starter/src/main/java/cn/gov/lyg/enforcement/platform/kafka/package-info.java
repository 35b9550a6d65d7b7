/**
 * Kafka for every service: CloudEvents in binary mode ({@link cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders},
 * {@link cn.gov.lyg.enforcement.platform.kafka.IncomingEvent}), the error handler (bounded retries, then
 * {@code <topic>.DLT}; invalid records at once), dead-letter topic declarations
 * ({@link cn.gov.lyg.enforcement.platform.kafka.DeadLetterTopics}) and idempotent, trusted consumers.
 *
 * <h2>Writing a consumer of an effect-bearing event</h2>
 * <pre>{@code
 * @KafkaListener(topics = Topics.SUPERVISION_ACCOUNTABILITY, groupId = CONSUMER)
 * public void on(ConsumerRecord<String, byte[]> record) {
 *     IncomingEvent event = IncomingEvent.from(record);                 // bad envelope -> DLT
 *     if (!TYPE.equals(event.type())) return;                           // other types on the topic
 *     Outcome outcome = event.payload(json, Outcome.class);             // schema violation -> DLT
 *     processed.handleOnce(CONSUMER, event, e -> apply(outcome));       // source check, dedupe, mark after
 * }
 *
 * Optional<Certificate> apply(Outcome outcome) {
 *     Certificate c = store.find(...);
 *     if (!c.markProcessed(CONSUMER + "/" + outcome.eventId())) return Optional.empty();  // effect already there
 *     c.suspend(...);                                                   // the change
 *     return Optional.of(store.save(c));                                // ONE document write: effect + event id
 * }
 * }</pre>
 * <ol>
 *   <li><b>Trust.</b> {@link cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents#handleOnce} checks the CloudEvent
 *       {@code source} with the {@link cn.gov.lyg.enforcement.platform.kafka.EventSourcePolicy}: a topic is accepted
 *       only from its owning service ({@code supervision.*} from {@code /enforcement/supervision}) unless
 *       {@code enforcement.kafka.trusted-sources.<type or topic>} lists others. Anything else goes to the DLT
 *       ({@link cn.gov.lyg.enforcement.platform.kafka.UntrustedEventSourceException}, metric
 *       {@code events.rejected.source}). The Kafka ACLs ({@code deploy/kafka/acls.sh}) say the same on the broker.</li>
 *   <li><b>Exactly-once effect.</b> The processed mark ({@code processed_events}) is written only after the handler
 *       succeeded, so a crash can never acknowledge an event that was not applied; the price is that the handler may
 *       run twice for one event (crash between its write and the mark, a concurrent redelivery). The handler makes
 *       that harmless by storing the event id <em>in the same document write as the effect</em>:
 *       {@link cn.gov.lyg.enforcement.platform.mongo.AggregateDocument#markProcessed} keeps the last
 *       {@value cn.gov.lyg.enforcement.platform.mongo.AggregateDocument#PROCESSED_EVENTS_KEPT} event ids inside the
 *       aggregate (single-document writes are atomic without transactions; a concurrent duplicate fails on the
 *       document's {@code @Version} and its retry finds the id). A projection that keeps the source's version (the
 *       agency directory) gets the same guarantee from that version, written with the projected data.</li>
 *   <li><b>Dead letters.</b> Declare {@code <topic>.DLT} for every consumed topic with
 *       {@link cn.gov.lyg.enforcement.platform.kafka.DeadLetterTopics#forConsumed} (replication factor from
 *       {@code KAFKA_REPLICATION_FACTOR}).</li>
 * </ol>
 * The same "record with the effect, or a lease that a retry can take over" rule holds for HTTP: the
 * Idempotency-Key filter's IN_PROGRESS record is a lease ({@code enforcement.idempotency-in-progress-lease}).
 */
package cn.gov.lyg.enforcement.platform.kafka;
