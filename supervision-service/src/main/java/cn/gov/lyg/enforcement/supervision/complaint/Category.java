package cn.gov.lyg.enforcement.supervision.complaint;

/** What the complaint is about (DOMAIN.md §2.5.2). */
public enum Category {
    UNLICENSED_ENFORCEMENT,
    NO_CERT_SHOWN,
    PROCEDURE,
    EXCESSIVE_PENALTY,
    INACTION,
    REPEATED_INSPECTION,
    ATTITUDE,
    CORRUPTION,
    OTHER
}
