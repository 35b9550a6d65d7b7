package cn.gov.lyg.enforcement.supervision.caseregister;

/** The milestones an agency's case-handling system reports (DOMAIN.md §1.7, Q21). */
public enum MilestoneType {
    FILED,
    HEARING,
    LEGAL_REVIEW,
    COLLECTIVE_DELIBERATION,
    DECIDED,
    SERVED,
    PUBLISHED,
    EXECUTED,
    RECONSIDERATION_CONCLUDED,
    LITIGATION_CONCLUDED,
    PUBLICATION_WITHDRAWN,
    CLOSED
}
