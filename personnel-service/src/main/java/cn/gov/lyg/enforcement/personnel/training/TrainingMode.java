package cn.gov.lyg.enforcement.personnel.training;

/** 培训方式. */
public enum TrainingMode {
    ONLINE,
    OFFLINE
}
