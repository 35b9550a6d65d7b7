package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * 培训学时不足 (DOMAIN.md §2.1.3 P7): the officer's training hours recorded for {@code year} are below the required
 * annual hours. Emitted at most once per officer and year (the aggregate is the officer's training year, id
 * {@code officerId:year}), by a computed annual review that fails for TRAINING_SHORTFALL or by the shortfall job.
 *
 * @param recordedHours hours recorded for the year when the shortfall was detected
 * @param requiredHours the requirement then in force ({@code personnel.required-annual-hours}, default 60)
 * @param source        ANNUAL_REVIEW or JOB
 */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.training.shortfall-detected.v1",
        topic = Topics.PERSONNEL_OFFICERS,
        schema = "schemas/personnel/training-shortfall-detected.v1.json")
public record TrainingShortfallDetected(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String officerId,
        int year,
        BigDecimal recordedHours,
        int requiredHours,
        OffsetDateTime detectedAt,
        String source,
        String actor) implements DomainEvent {
}
