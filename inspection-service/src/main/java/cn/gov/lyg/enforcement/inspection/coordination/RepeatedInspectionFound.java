package cn.gov.lyg.enforcement.inspection.coordination;

import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the service (Spring application event, synchronously after the register and then the
 * planned inspection were saved) when a
 * planned inspection makes its window hold mergeable inspections of two or more agencies: the joint-inspection
 * feature proposes (or extends) a joint inspection 综合查一次.
 */
public record RepeatedInspectionFound(String uscc, String regionCode, LocalDate windowStart, LocalDate windowEnd,
                                      List<Visit> visits) {
}
