package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import java.time.LocalDate;

/** A closed case of the register (id {@code agencyCode:caseNo}), as other features of the service need it. */
public record ClosedCase(String caseId, String agencyCode, String regionCode, String caseNo, ItemType caseType,
                         LocalDate closedOn) {
}
