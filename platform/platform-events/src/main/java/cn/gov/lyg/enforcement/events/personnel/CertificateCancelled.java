package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventVersion;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/** WITHDRAWN|LOST|EXPIRED|ACTIVE → CANCELLED (注销), terminal (also the old certificate of a renewal or reissue). */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.certificate.cancelled.v2",
        topic = Topics.PERSONNEL_CERTIFICATES,
        schema = "schemas/personnel/certificate-cancelled.v2.json",
        previous = @EventVersion(type = "cn.gov.lyg.enforcement.personnel.certificate.cancelled.v1", schema = "schemas/personnel/certificate-cancelled.v1.json"))
public record CertificateCancelled(
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
