package cn.gov.lyg.enforcement.supervision.push;

import java.time.Instant;
import java.util.List;

/** A delivery log line as the API shows it ({@code body}: the JSON sent, only on the single-delivery read). */
public record DeliveryView(String id, String target, String targetName, String dataset, String datasetName,
                           String recordId, long recordVersion, boolean tombstone, String idempotencyKey,
                           String agencyCode, String regionCode, String status, String statusName, String failureCode,
                           List<String> violations, int attempts, Instant queuedAt, Instant pendingSince,
                           Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt, Integer lastHttpStatus,
                           String lastError, List<Delivery.Attempt> attemptLog, List<Delivery.Resend> resends,
                           String body, Long version) {

    static DeliveryView of(Delivery d, boolean withBody) {
        return new DeliveryView(d.getId(), d.getTarget().name(), d.getTarget().displayName(), d.getDataset().name(),
                d.getDataset().displayName(), d.getRecordId(), d.getRecordVersion(), d.isTombstone(),
                d.getIdempotencyKey(), d.getAgencyCode(), d.getRegionCode(), d.getStatus().name(),
                d.getStatus().displayName(), d.getFailureCode(), d.getViolations(), d.getAttempts(), d.getQueuedAt(),
                d.getPendingSince(), d.getLastAttemptAt(), d.getNextAttemptAt(), d.getDeliveredAt(),
                d.getLastHttpStatus(), d.getLastError(), d.getAttemptLog(), d.getResends(),
                withBody ? d.getBody() : null, d.getVersion());
    }
}
