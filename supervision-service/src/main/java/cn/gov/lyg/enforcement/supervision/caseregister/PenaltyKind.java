package cn.gov.lyg.enforcement.supervision.caseregister;

/**
 * 行政处罚种类 (行政处罚法 Art. 9; DOMAIN.md §1.7), ordered light → heavy as in the statistics template (§2.5.4).
 */
public enum PenaltyKind {
    WARNING,
    CIRCULATED_CRITICISM,
    FINE,
    CONFISCATION,
    LICENCE_SUSPENSION,
    QUALIFICATION_DOWNGRADE,
    BUSINESS_RESTRICTION,
    SUSPENSION_OF_PRODUCTION,
    CLOSURE,
    EMPLOYMENT_RESTRICTION,
    LICENCE_REVOCATION,
    ADMINISTRATIVE_DETENTION,
    OTHER
}
