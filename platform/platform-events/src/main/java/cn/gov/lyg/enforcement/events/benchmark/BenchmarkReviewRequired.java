package cn.gov.lyg.enforcement.events.benchmark;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;
import java.util.List;

/** A law change or a catalog change touches entries of this benchmark version: it needs review (立改废). */
@EventContract(type = "cn.gov.lyg.enforcement.benchmark.benchmark.review-required.v1",
        topic = Topics.BENCHMARK_BENCHMARKS,
        schema = "schemas/benchmark/benchmark-review-required.v1.json")
public record BenchmarkReviewRequired(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String benchmarkId,
        int versionNo,
        String reason,
        List<String> entryIds) implements DomainEvent {
}
