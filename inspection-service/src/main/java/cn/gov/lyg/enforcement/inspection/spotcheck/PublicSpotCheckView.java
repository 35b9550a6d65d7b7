package cn.gov.lyg.enforcement.inspection.spotcheck;

import java.time.Instant;
import java.util.List;

/**
 * The public announcement of a task (一公开): items, scope, team size and the commitment; never a credit class, a
 * stratum size or a class ratio (AS-13).
 */
public record PublicSpotCheckView(String id, String taskCode, String name, String agencyCode, List<String> itemIds,
                                  List<String> regionCodes, SpotCheckStatus status, String nonceHash,
                                  Instant drawnAt) {

    static PublicSpotCheckView of(SpotCheckTask t) {
        return new PublicSpotCheckView(t.getId(), t.getTaskCode(), t.getName(), t.getAgencyCode(), t.getItemIds(),
                t.getRegionCodes(), t.getStatus(), t.getNonceHash(), t.getDrawnAt());
    }
}
