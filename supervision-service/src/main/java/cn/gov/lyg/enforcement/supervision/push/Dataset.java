package cn.gov.lyg.enforcement.supervision.push;

import java.util.EnumSet;
import java.util.Set;

/**
 * The datasets pushed to the province and which platform receives each (DOMAIN.md §2.6 [ASM]: the field-level
 * provincial standard was not available, so the canonical records of {@link ProvincialRecords} are ours to map once
 * it is).
 */
public enum Dataset {
    /** 检查结果 (监管行为): publicised inspection results, from {@code inspection.inspections.v1}. */
    INSPECTION_RESULT("检查结果", EnumSet.of(PushTarget.EXCHANGE, PushTarget.SUPERVISION)),
    /** 处罚决定: penalty/coercion decisions, tombstoned when revoked or found unlawful/void, from the case register. */
    DECISION("行政执法决定", EnumSet.of(PushTarget.EXCHANGE, PushTarget.SUPERVISION)),
    /** 决定公示: disclosures of decisions, tombstoned when the publication is withdrawn. */
    DISCLOSURE("执法决定公示", EnumSet.of(PushTarget.EXCHANGE)),
    /** 执法证件状态: certificate status, from {@code personnel.certificates.v1} (no ID numbers). */
    CERTIFICATE_STATUS("执法证件状态", EnumSet.of(PushTarget.SUPERVISION)),
    /** 行政执法事项目录: catalog items, tombstoned when cancelled, from {@code catalog.items.v1}. */
    CATALOG_ITEM("行政执法事项", EnumSet.of(PushTarget.EXCHANGE, PushTarget.SUPERVISION)),
    /** 行政执法统计年报: annual statistics, handed over by the statistics feature ({@link PushService#enqueue}). */
    ANNUAL_STATISTICS("行政执法统计年报", EnumSet.of(PushTarget.SUPERVISION));

    private final String displayName;
    private final Set<PushTarget> targets;

    Dataset(String displayName, Set<PushTarget> targets) {
        this.displayName = displayName;
        this.targets = Set.copyOf(targets);
    }

    public String displayName() {
        return displayName;
    }

    public Set<PushTarget> targets() {
        return targets;
    }
}
