package cn.gov.lyg.enforcement.inspection.assessment;

/** 风险等级 of an economic impact assessment. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
