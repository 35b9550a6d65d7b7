package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventVersion;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** ACTIVE → SUSPENDED (暂扣): not assignable until reinstated; {@code suspendedUntil} is informative. */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.certificate.suspended.v2",
        topic = Topics.PERSONNEL_CERTIFICATES,
        schema = "schemas/personnel/certificate-suspended.v2.json",
        previous = @EventVersion(type = "cn.gov.lyg.enforcement.personnel.certificate.suspended.v1", schema = "schemas/personnel/certificate-suspended.v1.json"))
public record CertificateSuspended(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String officerId,
        OffsetDateTime effectiveAt,
        String actor,
        String reason,
        LocalDate suspendedUntil,
        CertificateSnapshot certificate) implements CertificateEvent {
}
