package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.ExchangeLogReaders;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provincial push's use cases: queueing records (for the event consumer and the other features: no policy of its
 * own, the caller decided), the delivery log and the manual resend. Queueing validates first
 * ({@link PushRules}): an invalid record is kept as VALIDATION_FAILED ({@value #VALIDATION_FAILED}) with its
 * violations and never sent; a valid one is PENDING and due at once. Sending is the {@link PushDispatcher}'s job.
 */
@Service
public class PushService {

    public static final String VALIDATION_FAILED = "PUSH_VALIDATION_FAILED";
    public static final String REJECTED = "PUSH_REJECTED";
    public static final String RETRIES_EXHAUSTED = "PUSH_RETRIES_EXHAUSTED";

    private final DeliveryStore store;
    private final PushRules rules;
    private final JsonMapper json;
    private final Clock clock;
    private final PushMetrics metrics;

    PushService(DeliveryStore store, PushRules rules, JsonMapper json, Clock clock, PushMetrics metrics) {
        this.store = store;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Queues a record version for every platform of its dataset (for the other features of this service and the
     * event consumer; the caller has decided authorization). Idempotent: a version already queued for a target is
     * left as it is. Returns the deliveries created now.
     */
    public List<Delivery> enqueue(ProvincialRecord record) {
        List<PushViolation> violations = rules.validate(record);
        String body = body(record);
        List<Delivery> created = new ArrayList<>();
        for (PushTarget target : record.dataset().targets()) {
            Delivery delivery = Delivery.queue(target, record, body, violations, clock.instant());
            if (store.insertIfAbsent(delivery)) {
                created.add(delivery);
                if (!violations.isEmpty()) {
                    metrics.validationFailed(target, record.dataset());
                }
            }
        }
        return created;
    }

    /** Records handed over by other features as an application event (see {@link ProvincialPushRequested}). */
    @EventListener
    public void onRequested(ProvincialPushRequested event) {
        enqueue(event.record());
    }

    /** The JSON the province receives: the canonical record. */
    String body(ProvincialRecord record) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordId", record.recordId());
        body.put("version", record.version());
        body.put("dataset", record.dataset() == null ? null : record.dataset().name());
        body.put("tombstone", record.tombstone());
        body.put("agencyCode", record.agencyCode());
        body.put("regionCode", record.regionCode());
        body.put("occurredAt", record.occurredAt() == null ? null : record.occurredAt().toString());
        body.put("sourceEventId", record.sourceEventId());
        body.put("data", record.data());
        return json.writeValueAsString(body);
    }

    /** The record back from a stored body (for validating again on a resend). */
    @SuppressWarnings("unchecked")
    ProvincialRecord record(Delivery delivery) {
        Map<String, Object> body = json.readValue(delivery.getBody(), Map.class);
        Object occurred = body.get("occurredAt");
        return new ProvincialRecord(delivery.getDataset(), delivery.getRecordId(), delivery.getRecordVersion(),
                delivery.isTombstone(), delivery.getAgencyCode(), delivery.getRegionCode(),
                occurred == null ? null : OffsetDateTime.parse(String.valueOf(occurred)),
                delivery.getSourceEventId(), (Map<String, Object>) body.get("data"));
    }

    @ExchangeLogReaders
    public Page<Delivery> search(DeliveryFilter filter, Pageable pageable) {
        return store.search(CurrentScope.get(), filter, pageable);
    }

    @ExchangeLogReaders
    public Delivery get(String id) {
        DataScope scope = CurrentScope.get();
        return store.findById(id).filter(d -> visible(scope, d))
                .orElseThrow(() -> ApiException.notFound("delivery", id));
    }

    /**
     * Sends a delivery again (DEAD_LETTER, EXHAUSTED, VALIDATION_FAILED, or DELIVERED: the province ignores a
     * version it has): PENDING and due at once with a new retry window. A VALIDATION_FAILED record is validated again
     * and answers 422 {@value #VALIDATION_FAILED} when it still breaks a rule.
     */
    @SupervisorsOnly
    public Delivery resend(String id, Long expectedVersion) {
        DataScope scope = CurrentScope.get();
        Delivery delivery = store.findById(id).filter(d -> visible(scope, d))
                .orElseThrow(() -> ApiException.notFound("delivery", id));
        Versions.check(delivery, expectedVersion);
        if (delivery.getStatus() == PushStatus.VALIDATION_FAILED) {
            List<PushViolation> violations = rules.validate(record(delivery));
            if (!violations.isEmpty()) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, VALIDATION_FAILED,
                        violations.stream().map(v -> FieldViolation.of(v.field(), v.code())).toList());
            }
        }
        delivery.resend(clock.instant(), scope.auditName());
        return store.save(delivery);
    }

    /** Readable by supervisors and the province read-only role within their region. */
    static boolean visible(DataScope scope, Delivery d) {
        return (scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY)) && scope.coversRegion(d.getRegionCode());
    }
}
