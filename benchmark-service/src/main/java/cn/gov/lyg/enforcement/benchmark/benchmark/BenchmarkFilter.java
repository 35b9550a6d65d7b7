package cn.gov.lyg.enforcement.benchmark.benchmark;

/** Filters of the benchmark list. */
public record BenchmarkFilter(BenchmarkStatus status, BenchmarkLevel level, String domain, String agencyCode,
                              Boolean reviewRequired) {
}
