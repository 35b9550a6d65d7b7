package cn.gov.lyg.enforcement.benchmark.check;

/** 简易程序（当场处罚）/ 普通程序. */
public enum ProcedureType {
    SUMMARY, GENERAL
}
