package cn.gov.lyg.enforcement.supervision.caseregister;

import java.time.LocalDate;

/**
 * What one decided case contributes to the three-systems figures of its agency and decision day: the stored
 * compliance statuses and the due dates of the pending deadlines.
 */
public record CaseCompliance(String agencyCode, String regionCode, LocalDate decidedOn,
                             ComplianceStatus disclosureStatus, LocalDate disclosureDueOn,
                             ComplianceStatus withdrawalStatus, LocalDate withdrawalDueOn,
                             ComplianceStatus recordingStatus, ComplianceStatus legalReviewStatus) {
}
