package cn.gov.lyg.enforcement.events.benchmark;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A decision outside the benchmark's recommendation was recorded with its approval (principal leader or collective
 * deliberation) and reasoning; the supervising judicial bureau of {@code regionCode} watches these.
 */
@EventContract(type = "cn.gov.lyg.enforcement.benchmark.application.deviation-recorded.v1",
        topic = Topics.BENCHMARK_APPLICATIONS,
        schema = "schemas/benchmark/application-deviation-recorded.v1.json")
public record BenchmarkDeviationRecorded(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String caseId,
        String benchmarkVersionId,
        String entryId,
        String violationCode,
        String recommendedTier,
        String recommendedMin,
        String recommendedMax,
        String finalFine,
        String approvalType,
        String approver,
        LocalDate approvalDate,
        String minutesRef,
        String reasoning) implements DomainEvent {
}
