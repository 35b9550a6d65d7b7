package cn.gov.lyg.enforcement.events.benchmark;

/** One entry of a published benchmark version, as consumers need it (no formulas: those are read from the API). */
public record BenchmarkEntrySummary(String entryId, String violationCode, String violationName, String catalogItemId) {
}
