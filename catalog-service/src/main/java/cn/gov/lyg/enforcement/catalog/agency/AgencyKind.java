package cn.gov.lyg.enforcement.catalog.agency;

/** Kinds of enforcement subjects (DOMAIN.md §1.1, §3.2). */
public enum AgencyKind {
    ADMIN_ORGAN,
    AUTHORIZED_ORG,
    ENTRUSTED_ORG,
    JUSTICE_BUREAU,
    TOWNSHIP_GOV,
    COMPREHENSIVE_BUREAU
}
