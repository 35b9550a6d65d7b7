package cn.gov.lyg.enforcement.benchmark.benchmark;

/** 裁量阶次, lightest first: 不予处罚 / 减轻 / 从轻 / 一般 / 从重. */
public enum DiscretionTier {
    NO_PENALTY, MITIGATED, LIGHTER, STANDARD, HEAVIER;

    public boolean heavierThan(DiscretionTier other) {
        return compareTo(other) > 0;
    }

    /** One tier heavier, at most HEAVIER; NO_PENALTY and MITIGATED stay (they rest on their own grounds). */
    public DiscretionTier raised() {
        return switch (this) {
            case LIGHTER -> STANDARD;
            case STANDARD, HEAVIER -> HEAVIER;
            default -> this;
        };
    }
}
