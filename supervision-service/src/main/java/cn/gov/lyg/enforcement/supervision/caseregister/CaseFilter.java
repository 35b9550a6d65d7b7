package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import java.time.LocalDate;

/** List filters of the case register. */
public record CaseFilter(String agencyCode, String regionCode, String caseNo, ItemType caseType,
                         LocalDate decidedFrom, LocalDate decidedTo) {
}
