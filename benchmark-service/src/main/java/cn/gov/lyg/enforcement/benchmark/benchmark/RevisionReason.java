package cn.gov.lyg.enforcement.benchmark.benchmark;

/** Why a version exists: the first one, a law change 立改废 (Art. 37 may prefer it), or another revision. */
public enum RevisionReason {
    INITIAL, LAW_CHANGE, OTHER
}
