package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;
import java.util.List;

/** A 双随机 task was drawn: the public facts to verify it (revealed nonce, seed, hashes, algorithm). Never a credit class or stratum size. */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.spot-check.drawn.v1",
        topic = Topics.INSPECTION_SPOT_CHECKS,
        schema = "schemas/inspection/spot-check-drawn.v1.json")
public record SpotCheckDrawn(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String taskCode,
        String algorithm,
        String drawnAt,
        String nonceHash,
        String nonce,
        String seed,
        int populationCount,
        String populationHash,
        String resultHash,
        int drawnCount,
        List<String> drawnUsccs) implements DomainEvent {
}
