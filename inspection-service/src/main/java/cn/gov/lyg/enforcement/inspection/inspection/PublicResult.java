package cn.gov.lyg.enforcement.inspection.inspection;

import java.time.Instant;
import java.util.List;

/** A publicised result (一公开): entity, items, result codes, dates. No personal data, no credit class (I8). */
public record PublicResult(String inspectionNo, String uscc, List<String> itemIds, List<String> resultCodes,
                           Instant publicizedAt) {
}
