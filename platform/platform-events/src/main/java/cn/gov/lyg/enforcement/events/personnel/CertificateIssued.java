package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventVersion;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/** APPROVED → ACTIVE (制证发放), or a reissue after a loss (then {@code previousCertificateId} is the lost one). */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.certificate.issued.v2",
        topic = Topics.PERSONNEL_CERTIFICATES,
        schema = "schemas/personnel/certificate-issued.v2.json",
        previous = @EventVersion(type = "cn.gov.lyg.enforcement.personnel.certificate.issued.v1", schema = "schemas/personnel/certificate-issued.v1.json"))
public record CertificateIssued(
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
        String previousCertificateId,
        CertificateSnapshot certificate) implements CertificateEvent {
}
