package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import java.time.OffsetDateTime;

/**
 * Every certificate event carries the same core: the holder ({@code officerId}), the holder agency and its region,
 * when the change takes effect, who made it and why, and the certificate as it is after the change.
 */
public interface CertificateEvent extends DomainEvent {

    String agencyCode();

    String officerId();

    OffsetDateTime effectiveAt();

    String actor();

    String reason();

    CertificateSnapshot certificate();
}
