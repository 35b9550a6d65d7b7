package cn.gov.lyg.enforcement.supervision.caseregister;

/**
 * Published inside the service (a Spring application event, handled in the same request) after a case's facts
 * changed and were saved: what the case contributed to the three-systems figures before and after (null when not
 * decided), so that read models can be kept up to date by difference.
 */
public record CaseFactsChanged(String caseId, CaseCompliance before, CaseCompliance after) {
}
