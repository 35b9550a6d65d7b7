package cn.gov.lyg.enforcement.catalog.cleanup;

/** What a clean-up change does to the catalog. */
public enum CleanupAction {
    CANCEL, ADJUST, SUSPEND, ADD
}
