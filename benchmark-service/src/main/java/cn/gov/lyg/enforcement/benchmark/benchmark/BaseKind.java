package cn.gov.lyg.enforcement.benchmark.benchmark;

/** The base amount a fine is computed from: 货值金额 / 违法所得 / 违法经营额 / 工程造价. */
public enum BaseKind {
    GOODS_VALUE, ILLEGAL_GAINS, ILLEGAL_TURNOVER, CONSTRUCTION_COST
}
