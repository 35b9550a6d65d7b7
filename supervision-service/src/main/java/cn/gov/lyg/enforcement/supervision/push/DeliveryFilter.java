package cn.gov.lyg.enforcement.supervision.push;

import java.time.Instant;

/** Filters of the delivery log (all optional). */
public record DeliveryFilter(PushStatus status, PushTarget target, Dataset dataset, String recordId,
                             String agencyCode, Instant queuedFrom, Instant queuedTo) {
}
