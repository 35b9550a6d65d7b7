package cn.gov.lyg.enforcement.benchmark.benchmark;

/** 违法程度: 轻微 / 一般 / 较重 / 严重. */
public enum CircumstanceLevel {
    MINOR, GENERAL, SERIOUS, GRAVE
}
