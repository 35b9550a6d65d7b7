package cn.gov.lyg.enforcement.inspection.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The officer eligibility projection 执法检查人员名录库: what inspection-service knows of one officer from personnel's
 * events (certificates, duty, transfers, recusals). One document per officer; optimistic locking because the two
 * topics are consumed concurrently.
 */
@Document(OfficerFacts.COLLECTION)
public class OfficerFacts {

    public static final String COLLECTION = "officer_eligibility";

    /** A transfer as announced: agency before and after, from the effective date on. */
    public record Transfer(String fromAgencyCode, String toAgencyCode, LocalDate effectiveDate) {
    }

    /**
     * A declared conflict of interest with an organisation; a withdrawn declaration blocks nothing any more (as in
     * personnel: withdrawal ends the declaration, whatever its dates).
     */
    public record RecusalFacts(String recusalId, String partyCreditCode, LocalDate validFrom, LocalDate validTo,
                               long version, boolean withdrawn) {

        boolean covers(String uscc, LocalDate date) {
            return !withdrawn && uscc.equals(partyCreditCode) && (validFrom == null || !date.isBefore(validFrom))
                    && (validTo == null || !date.isAfter(validTo));
        }
    }

    @Id
    private String officerId;
    @Version
    private Long documentVersion;
    private String agencyCode;
    private String regionCode;
    private String employmentStatus = "ON_DUTY";
    private LocalDate employmentStatusSince;
    private long officerVersion = -1;
    private List<Transfer> transfers = new ArrayList<>();
    private Map<String, CertificateFacts> certificates = new LinkedHashMap<>();
    private Map<String, RecusalFacts> recusals = new LinkedHashMap<>();

    protected OfficerFacts() {
        // for the mapping layer
    }

    public OfficerFacts(String officerId) {
        this.officerId = officerId;
    }

    /** The officer aggregate changed (duty, transfer, leaving); older or equal versions are ignored. */
    public boolean applyOfficer(long version, String agency, String region, String status, LocalDate since,
                                Transfer transfer) {
        if (version <= officerVersion) {
            return false;
        }
        officerVersion = version;
        if (transfer != null) {
            transfers.add(transfer);
        }
        agencyCode = agency;
        regionCode = region;
        employmentStatus = status;
        employmentStatusSince = since;
        return true;
    }

    /**
     * The officer's profile (registration or update, {@code OfficerProfileChanged}): agency, region and status as
     * they are now; older or equal versions are ignored. It carries no effective date, so a status it repeats keeps
     * the day the status began.
     */
    public boolean applyProfile(long version, String agency, String region, String status) {
        if (version <= officerVersion) {
            return false;
        }
        officerVersion = version;
        agencyCode = agency;
        regionCode = region;
        if (!status.equals(employmentStatus)) {
            employmentStatus = status;
            employmentStatusSince = null;
        }
        return true;
    }

    /** The agency as seen from a certificate event, until an officer event says otherwise. */
    public void knownAgency(String agency, String region) {
        if (agencyCode == null) {
            agencyCode = agency;
            regionCode = region;
        }
    }

    public CertificateFacts certificate(String certificateId) {
        return certificates.computeIfAbsent(certificateId, CertificateFacts::new);
    }

    /**
     * The declaration {@code recusalId} was withdrawn at {@code version}; kept (withdrawn) so that a late, older
     * declaration event cannot bring it back.
     */
    public boolean withdrawRecusal(String recusalId, String partyCreditCode, long version) {
        RecusalFacts known = recusals.get(recusalId);
        if (known != null && known.version() >= version) {
            return false;
        }
        recusals.put(recusalId, known == null
                ? new RecusalFacts(recusalId, partyCreditCode, null, null, version, true)
                : new RecusalFacts(recusalId, known.partyCreditCode(), known.validFrom(), known.validTo(), version,
                true));
        return true;
    }

    public boolean applyRecusal(RecusalFacts recusal) {
        RecusalFacts known = recusals.get(recusal.recusalId());
        if (known != null && known.version() >= recusal.version()) {
            return false;
        }
        recusals.put(recusal.recusalId(), recusal);
        return true;
    }

    public boolean onDuty(LocalDate date) {
        return "ON_DUTY".equals(employmentStatus)
                || (employmentStatusSince != null && date.isBefore(employmentStatusSince));
    }

    public String agencyOn(LocalDate date) {
        String agency = agencyCode;
        for (int i = transfers.size() - 1; i >= 0; i--) {
            Transfer t = transfers.get(i);
            if (t.effectiveDate() != null && t.effectiveDate().isAfter(date)) {
                agency = t.fromAgencyCode();
            }
        }
        return agency;
    }

    public boolean recusedFrom(String uscc, LocalDate date) {
        return recusals.values().stream().anyMatch(r -> r.covers(uscc, date));
    }

    public String getOfficerId() {
        return officerId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getEmploymentStatus() {
        return employmentStatus;
    }

    public List<CertificateFacts> getCertificates() {
        return List.copyOf(certificates.values());
    }

    public List<RecusalFacts> getRecusals() {
        return List.copyOf(recusals.values());
    }

    public long getOfficerVersion() {
        return officerVersion;
    }
}
