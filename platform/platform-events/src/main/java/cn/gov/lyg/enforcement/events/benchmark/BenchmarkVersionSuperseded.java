package cn.gov.lyg.enforcement.events.benchmark;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A benchmark version is replaced by a newer one: in force until {@code effectiveTo}. */
@EventContract(type = "cn.gov.lyg.enforcement.benchmark.benchmark.superseded.v1",
        topic = Topics.BENCHMARK_BENCHMARKS,
        schema = "schemas/benchmark/benchmark-superseded.v1.json")
public record BenchmarkVersionSuperseded(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String benchmarkId,
        int versionNo,
        LocalDate effectiveTo,
        String supersededByVersionId) implements DomainEvent {
}
