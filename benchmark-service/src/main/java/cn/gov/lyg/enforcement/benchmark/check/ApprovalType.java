package cn.gov.lyg.enforcement.benchmark.check;

/** Who approved applying a penalty outside the benchmark: the principal leader or a collective deliberation. */
public enum ApprovalType {
    PRINCIPAL_LEADER, COLLECTIVE_DELIBERATION
}
