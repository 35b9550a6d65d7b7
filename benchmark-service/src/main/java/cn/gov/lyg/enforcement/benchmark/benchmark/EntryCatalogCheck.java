package cn.gov.lyg.enforcement.benchmark.benchmark;

/**
 * Checks an entry's {@code catalogItemId} against what is known of the catalog: it must be a PENALTY item the
 * issuing agency may use. Implemented by the catalog projection.
 */
public interface EntryCatalogCheck {

    /** @throws cn.gov.lyg.enforcement.platform.problem.ApiException when the item cannot be used */
    void check(BenchmarkEntry entry, String issuingAgencyCode);
}
