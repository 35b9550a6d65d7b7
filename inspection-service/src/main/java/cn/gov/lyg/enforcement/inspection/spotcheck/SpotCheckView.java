package cn.gov.lyg.enforcement.inspection.spotcheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A task as the internal API shows it (the nonce is never shown before the draw; after it, in the draw log). */
public record SpotCheckView(String id, String taskCode, String name, String agencyCode, List<String> itemIds,
                            Set<String> itemDomains, List<String> regionCodes, BigDecimal baseRatio, int teamSize,
                            SpotCheckStatus status, String nonceHash, Instant drawnAt, String drawnBy, Long version) {

    static SpotCheckView of(SpotCheckTask t) {
        return new SpotCheckView(t.getId(), t.getTaskCode(), t.getName(), t.getAgencyCode(), t.getItemIds(),
                t.getItemDomains(), t.getRegionCodes(), t.getBaseRatio(), t.getTeamSize(), t.getStatus(),
                t.getNonceHash(), t.getDrawnAt(), t.getDrawnBy(), t.getVersion());
    }
}
