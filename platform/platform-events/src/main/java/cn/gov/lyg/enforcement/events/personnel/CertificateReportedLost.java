package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventVersion;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/** ACTIVE|SUSPENDED → LOST (挂失): not assignable; a reissue gives a new number. */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.certificate.reported-lost.v2",
        topic = Topics.PERSONNEL_CERTIFICATES,
        schema = "schemas/personnel/certificate-reported-lost.v2.json",
        previous = @EventVersion(type = "cn.gov.lyg.enforcement.personnel.certificate.reported-lost.v1", schema = "schemas/personnel/certificate-reported-lost.v1.json"))
public record CertificateReportedLost(
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
