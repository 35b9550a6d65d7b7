package cn.gov.lyg.enforcement.supervision.caseregister;

import java.time.LocalDate;

/** List filters of the case register. */
public record CaseFilter(String agencyCode, String regionCode, String caseNo, CaseType caseType,
                         LocalDate decidedFrom, LocalDate decidedTo) {
}
