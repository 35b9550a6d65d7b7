package cn.gov.lyg.enforcement.benchmark.benchmark;

/** DRAFT → LEGAL_REVIEW (合法性审核) → APPROVED (集体讨论) → PUBLISHED → EFFECTIVE → SUPERSEDED / REPEALED. */
public enum BenchmarkStatus {
    DRAFT, LEGAL_REVIEW, APPROVED, PUBLISHED, EFFECTIVE, SUPERSEDED, REPEALED;

    /** Published at some time: the version can be in force for some dates and is public. */
    public boolean published() {
        return this == PUBLISHED || this == EFFECTIVE || this == SUPERSEDED || this == REPEALED;
    }
}
