package cn.gov.lyg.enforcement.supervision.push;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One canonical, versioned record for the province (DOMAIN.md §2.6): a stable {@code recordId} and a
 * {@code version} that grows with every change of the source; a {@code tombstone} says the record was withdrawn or
 * deleted (its {@code data} then holds only the reason). The province de-duplicates on
 * {@link #idempotencyKey()}: pushing the same version again is a no-op there.
 *
 * <p>Other features of this service hand records over with {@link PushService#enqueue(ProvincialRecord)} (the
 * statistics feature: {@link #annualStatistics}).
 *
 * @param dataset       what kind of record
 * @param recordId      stable id of the record at the province, e.g. {@code DECISION:<caseId>}
 * @param version       the source aggregate's version of this state
 * @param tombstone     true when the record is withdrawn/deleted
 * @param agencyCode    the agency the record belongs to (may be null for city-wide records such as catalog items)
 * @param regionCode    the 6-digit region of the record
 * @param occurredAt    when the source change happened, +08:00
 * @param sourceEventId the event it was built from (null when handed over in-process)
 * @param data          the dataset's fields (strings, numbers, booleans, lists and maps only)
 */
public record ProvincialRecord(Dataset dataset, String recordId, long version, boolean tombstone, String agencyCode,
                               String regionCode, OffsetDateTime occurredAt, String sourceEventId,
                               Map<String, Object> data) {

    public ProvincialRecord {
        data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** The idempotency key sent with the record: {@code recordId:version}. */
    public String idempotencyKey() {
        return recordId + ":" + version;
    }

    /**
     * The annual statistics report of an agency as the province receives it: {@code tables} maps table names to their
     * cells (counts as integers, 罚没金额 in 万元 as a string with two decimals).
     */
    public static ProvincialRecord annualStatistics(String reportId, long version, String agencyCode,
                                                    String regionCode, int year, String status,
                                                    OffsetDateTime submittedAt, Map<String, Object> tables) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reportId", reportId);
        data.put("year", year);
        data.put("status", status);
        data.put("tables", tables == null ? Map.of() : tables);
        return new ProvincialRecord(Dataset.ANNUAL_STATISTICS, "STATISTICS:" + reportId, version, false, agencyCode,
                regionCode, submittedAt, null, data);
    }
}
