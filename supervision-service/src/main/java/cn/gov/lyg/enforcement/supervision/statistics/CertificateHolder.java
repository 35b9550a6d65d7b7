package cn.gov.lyg.enforcement.supervision.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * supervision-service's projection of one enforcement officer for 持证率 (DOMAIN.md §2.1.3 P9: officers holding an
 * ACTIVE certificate / officers on enforcement posts), from personnel's certificate and officer events
 * ({@link HoldingEvents}): the agency the officer works for, their employment status 在岗状态 and their certificates
 * (kind, status, validity, holder agency) by id, each with the personnel aggregate version it was built from (an
 * older or equal version never overwrites a newer one, so redelivered, replayed and out-of-order events are
 * harmless). Auxiliary staff are not officers and never have a holder.
 *
 * <p>Who counts, for the agency the officer works for now:
 * <ul>
 *   <li>the denominator (在岗行政执法人员): employment status ON_DUTY (在执法岗位); NON_ENFORCEMENT_POST and every
 *       status of having left (transferred out, retired, resigned, dismissed, deceased) do not count, with or
 *       without a certificate; an officer with no certificate at all counts;</li>
 *   <li>the numerator (持有效行政执法证件): of those, the ones with an ENFORCEMENT certificate 行政执法证 (not a
 *       supervision certificate 监督证, not a special statutory one) that is ACTIVE (not suspended, withdrawn,
 *       revoked, cancelled, lost or expired), valid on the day and issued for the officer's current agency (after a
 *       transfer the old agency's certificate no longer counts). An officer is counted once however many
 *       certificates they hold.</li>
 * </ul>
 * An officer known so far only from certificate events (the officer's own event comes on another topic and may come
 * later) is taken as on duty until an officer event says otherwise.
 */
@Document(CertificateHolder.COLLECTION)
public class CertificateHolder {

    public static final String COLLECTION = "statistics_officers";
    static final String ON_DUTY = "ON_DUTY";
    static final String ENFORCEMENT = "ENFORCEMENT";
    static final String ACTIVE = "ACTIVE";

    /** One certificate of the officer as its latest event described it. */
    public record Cert(String kind, String status, LocalDate validTo, String holderAgencyCode, long version) {
    }

    @Id
    private String officerId;
    private String agencyCode;
    private String regionCode;
    /** Personnel's EmploymentStatus after the latest officer event; null while no officer event was read. */
    private String employmentStatus;
    /** Before employment statuses were kept: what the officer events said (read only when the status is null). */
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

    /** Applies what a personnel event says about this officer; returns whether it changed anything. */
    boolean apply(HoldingEvents.Change change) {
        if (change instanceof HoldingEvents.CertificateChange c) {
            return certificate(c.certificateId(), c.cert());
        }
        HoldingEvents.OfficerChange o = (HoldingEvents.OfficerChange) change;
        return officer(o.version(), o.agencyCode(), o.regionCode(), o.employmentStatus());
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

    /**
     * An officer event of personnel aggregate version {@code v}: the agency the officer works for and their
     * employment status after it (every officer event carries both); an older or equal version changes nothing.
     */
    public boolean officer(long v, String newAgencyCode, String newRegionCode, String status) {
        if (v <= officerVersion) {
            return false;
        }
        officerVersion = v;
        if (newAgencyCode != null) {
            agencyCode = newAgencyCode;
            regionCode = newRegionCode;
        }
        if (status != null) {
            employmentStatus = status;
        }
        return true;
    }

    /** In the denominator: on an enforcement post (ON_DUTY) of {@link #getAgencyCode()}. */
    public boolean serving() {
        return employmentStatus != null ? ON_DUTY.equals(employmentStatus) : onDuty && !left;
    }

    /**
     * In the numerator on {@code day}: serving, and an ACTIVE enforcement certificate valid on the day, issued for
     * the officer's current agency.
     */
    public boolean certified(LocalDate day) {
        return serving() && certificates().values().stream().anyMatch(c -> ENFORCEMENT.equals(c.kind())
                && ACTIVE.equals(c.status()) && (c.validTo() == null || !c.validTo().isBefore(day))
                && (c.holderAgencyCode() == null || c.holderAgencyCode().equals(agencyCode)));
    }

    /**
     * [officers on enforcement posts, of which certified on {@code day}] among {@code holders} (the projection of
     * one agency): each officer counts once, however many certificates they hold.
     */
    public static long[] count(Iterable<CertificateHolder> holders, LocalDate day) {
        long serving = 0;
        long certified = 0;
        for (CertificateHolder h : holders) {
            if (h.serving()) {
                serving++;
                if (h.certified(day)) {
                    certified++;
                }
            }
        }
        return new long[] {serving, certified};
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
    public String getEmploymentStatus() { return employmentStatus; }
}
