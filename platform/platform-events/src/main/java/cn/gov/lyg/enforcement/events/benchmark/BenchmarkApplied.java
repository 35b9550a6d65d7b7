package cn.gov.lyg.enforcement.events.benchmark;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A penalty decision was recorded against a benchmark (基准适用记录). Amounts are yuan as decimal strings; the
 * recommended range is absent when no fine was recommended. {@code aggregateId} is the application id.
 */
@EventContract(type = "cn.gov.lyg.enforcement.benchmark.application.applied.v1",
        topic = Topics.BENCHMARK_APPLICATIONS,
        schema = "schemas/benchmark/application-applied.v1.json")
public record BenchmarkApplied(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String caseId,
        String benchmarkVersionId,
        String benchmarkVersionAtViolationId,
        String entryId,
        String violationCode,
        LocalDate violationDate,
        LocalDate decisionDate,
        String recommendedTier,
        String recommendedMin,
        String recommendedMax,
        List<String> finalPenaltyKinds,
        String finalFine,
        boolean withinRecommended,
        boolean noPenalty,
        String exemption) implements DomainEvent {
}
