package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventVersion;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/** 换发: a new ACTIVE certificate replacing {@code previousCertificateId} (which is CANCELLED). */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.certificate.renewed.v2",
        topic = Topics.PERSONNEL_CERTIFICATES,
        schema = "schemas/personnel/certificate-renewed.v2.json",
        previous = @EventVersion(type = "cn.gov.lyg.enforcement.personnel.certificate.renewed.v1", schema = "schemas/personnel/certificate-renewed.v1.json"))
public record CertificateRenewed(
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
