package cn.gov.lyg.enforcement.benchmark.benchmark;

/** The events a benchmark version raises into its own outbox when it is published, superseded or flagged. */
public interface BenchmarkEvents {

    void published(BenchmarkDocument document, DiscretionBenchmark version);

    void superseded(BenchmarkDocument document, DiscretionBenchmark version, DiscretionBenchmark successor);

    void reviewRequired(BenchmarkDocument document, DiscretionBenchmark version, String reason, java.util.List<String> entryIds);
}
