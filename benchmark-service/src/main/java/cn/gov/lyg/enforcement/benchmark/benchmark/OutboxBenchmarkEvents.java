package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.benchmark.BenchmarkEntrySummary;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkReviewRequired;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkVersionPublished;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkVersionSuperseded;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Benchmark events, raised into the version's own document (outbox): written atomically with the change. */
@Component
class OutboxBenchmarkEvents implements BenchmarkEvents {

    private final Clock clock;

    OutboxBenchmarkEvents(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void published(BenchmarkDocument d, DiscretionBenchmark b) {
        d.record(new BenchmarkVersionPublished(UUID.randomUUID().toString(), OffsetDateTime.now(clock), b.versionId(),
                d.nextVersion(), b.regionCode(), b.issuingAgencyCode(), b.benchmarkId(), b.versionNo(), b.title(),
                b.level().name(), b.parentBenchmarkId(), b.domain(), b.docNo(), b.model().name(), b.publishedAt(),
                b.effectiveFrom(), b.supersedesVersionId(), b.revisionReason().name(),
                b.entries().stream().map(e -> new BenchmarkEntrySummary(e.entryId(), e.violationCode(),
                        e.violationName(), e.catalogItemId())).toList()));
    }

    @Override
    public void superseded(BenchmarkDocument d, DiscretionBenchmark b, DiscretionBenchmark successor) {
        d.record(new BenchmarkVersionSuperseded(UUID.randomUUID().toString(), OffsetDateTime.now(clock), b.versionId(),
                d.nextVersion(), b.regionCode(), b.issuingAgencyCode(), b.benchmarkId(), b.versionNo(),
                b.effectiveTo(), successor.versionId()));
    }

    @Override
    public void reviewRequired(BenchmarkDocument d, DiscretionBenchmark b, String reason, List<String> entryIds) {
        d.record(new BenchmarkReviewRequired(UUID.randomUUID().toString(), OffsetDateTime.now(clock), b.versionId(),
                d.nextVersion(), b.regionCode(), b.issuingAgencyCode(), b.benchmarkId(), b.versionNo(), reason,
                List.copyOf(entryIds)));
    }
}
