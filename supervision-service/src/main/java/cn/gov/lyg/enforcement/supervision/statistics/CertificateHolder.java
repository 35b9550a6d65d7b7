package cn.gov.lyg.enforcement.supervision.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * supervision-service's projection of one officer for 持证率, from personnel's certificate and officer events: the
 * agency the officer works for, whether they are on an enforcement post, whether they left, and their certificates
 * (kind, status, validity) by id, each with the personnel aggregate version it was built from (an older or equal
 * version never overwrites a newer one, so redelivered and out-of-order events are harmless).
 */
@Document(CertificateHolder.COLLECTION)
public class CertificateHolder {

    public static final String COLLECTION = "statistics_officers";

    /** One certificate of the officer as its latest event described it. */
    public record Cert(String kind, String status, LocalDate validTo, String holderAgencyCode, long version) {
    }

    @Id
    private String officerId;
    private String agencyCode;
    private String regionCode;
    private boolean onDuty = true;
    private boolean left;
    private long officerVersion = -1;
    private Map<String, Cert> certificates = new HashMap<>();
    @Version
    private Long version;

    protected CertificateHolder() {
    }

    public static CertificateHolder of(String officerId, String agencyCode, String regionCode) {
        CertificateHolder h = new CertificateHolder();
        h.officerId = officerId;
        h.agencyCode = agencyCode;
        h.regionCode = regionCode;
        return h;
    }

    /** A certificate event; returns whether it changed anything. */
    public boolean certificate(String certificateId, Cert cert) {
        Cert known = certificates().get(certificateId);
        if (known != null && known.version() >= cert.version()) {
            return false;
        }
        certificates().put(certificateId, cert);
        return true;
    }

    /** An officer event (transfer, duty change, leaving) of personnel aggregate version {@code v}. */
    public boolean officer(long v, String newAgencyCode, String newRegionCode, Boolean duty, boolean hasLeft) {
        if (v <= officerVersion) {
            return false;
        }
        officerVersion = v;
        if (newAgencyCode != null) {
            agencyCode = newAgencyCode;
            regionCode = newRegionCode;
        }
        if (duty != null) {
            onDuty = duty;
        }
        left = left || hasLeft;
        return true;
    }

    /** Counted among the agency's enforcement officers on {@code day}: on an enforcement post and not left. */
    public boolean serving() {
        return onDuty && !left;
    }

    /** Holds an ACTIVE enforcement certificate of the agency valid on {@code day}. */
    public boolean certified(LocalDate day) {
        return certificates().values().stream().anyMatch(c -> "ENFORCEMENT".equals(c.kind())
                && "ACTIVE".equals(c.status()) && (c.validTo() == null || !c.validTo().isBefore(day))
                && (c.holderAgencyCode() == null || c.holderAgencyCode().equals(agencyCode)));
    }

    private Map<String, Cert> certificates() {
        if (certificates == null) {
            certificates = new HashMap<>();
        }
        return certificates;
    }

    public String getOfficerId() { return officerId; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
}
