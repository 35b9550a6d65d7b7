package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventVersion;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/** ACTIVE|SUSPENDED → EXPIRED: validTo passed (detected by the expiry job for an asOf date). */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.certificate.expired.v2",
        topic = Topics.PERSONNEL_CERTIFICATES,
        schema = "schemas/personnel/certificate-expired.v2.json",
        previous = @EventVersion(type = "cn.gov.lyg.enforcement.personnel.certificate.expired.v1", schema = "schemas/personnel/certificate-expired.v1.json"))
public record CertificateExpired(
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
        CertificateSnapshot certificate) implements CertificateEvent {
}
