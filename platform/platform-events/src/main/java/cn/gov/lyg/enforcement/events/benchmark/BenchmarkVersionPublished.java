package cn.gov.lyg.enforcement.events.benchmark;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A discretion benchmark version was published (行政处罚法 Art. 34); {@code aggregateId} is the version id. */
@EventContract(type = "cn.gov.lyg.enforcement.benchmark.benchmark.published.v1",
        topic = Topics.BENCHMARK_BENCHMARKS,
        schema = "schemas/benchmark/benchmark-published.v1.json")
public record BenchmarkVersionPublished(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String benchmarkId,
        int versionNo,
        String title,
        String level,
        String parentBenchmarkId,
        String domain,
        String docNo,
        String model,
        LocalDate publishedAt,
        LocalDate effectiveFrom,
        String supersedesVersionId,
        String revisionReason,
        List<BenchmarkEntrySummary> entries) implements DomainEvent {
}
