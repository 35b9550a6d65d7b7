package cn.gov.lyg.enforcement.benchmark.benchmark;

/** The level of the agency issuing a benchmark; a lower level refines its parent's benchmark. */
public enum BenchmarkLevel {
    PROVINCE, CITY, COUNTY;

    public boolean below(BenchmarkLevel other) {
        return compareTo(other) > 0;
    }
}
