package cn.gov.lyg.enforcement.inspection.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One enforcement certificate as kept from {@code personnel.certificates.v1}: the latest snapshot (newer aggregate
 * versions only) and the status changes with the day each took effect, so that the status on a past or future date
 * is answered like personnel answers it (issue and renewal take effect on {@code validFrom}, expiry the day after
 * {@code validTo}, anything else on the day of its {@code effectiveAt} in Asia/Shanghai).
 */
public class CertificateFacts {

    /** A status from a day on. */
    public record StatusChange(String status, LocalDate from) {
    }

    private String certificateId;
    private String certificateNo;
    private String kind;
    private String holderAgencyCode;
    private Set<String> domains = Set.of();
    private List<String> area = List.of();
    private LocalDate validFrom;
    private LocalDate validTo;
    private Integer lastReviewYear;
    private LocalDate nextReviewDueDate;
    private String status;
    private long version = -1;
    private List<StatusChange> history = new ArrayList<>();

    public CertificateFacts() {
        // for the mapping layer
    }

    public CertificateFacts(String certificateId) {
        this.certificateId = certificateId;
    }

    /**
     * Applies a snapshot of aggregate version {@code v}; older or equal versions are ignored.
     *
     * @return whether it was applied
     */
    public boolean apply(long v, String certificateNo, String kind, String holderAgencyCode, Set<String> domains,
                         List<String> area, LocalDate validFrom, LocalDate validTo, Integer lastReviewYear,
                         LocalDate nextReviewDueDate, String newStatus, LocalDate effectiveDay, boolean issuing) {
        if (v <= version) {
            return false;
        }
        this.version = v;
        this.certificateNo = certificateNo;
        this.kind = kind;
        this.holderAgencyCode = holderAgencyCode;
        this.domains = Set.copyOf(domains);
        this.area = List.copyOf(area);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.lastReviewYear = lastReviewYear;
        this.nextReviewDueDate = nextReviewDueDate;
        if (!newStatus.equals(status)) {
            LocalDate from = effectiveDay;
            if (issuing && "ACTIVE".equals(newStatus) && validFrom != null) {
                from = validFrom;
            } else if ("EXPIRED".equals(newStatus) && validTo != null) {
                from = validTo.plusDays(1);
            }
            history.add(new StatusChange(newStatus, from));
        }
        this.status = newStatus;
        return true;
    }

    /** The status on a day: the last change in force by then, {@code null} when none yet. */
    public String statusOn(LocalDate date) {
        String result = null;
        for (StatusChange c : history) {
            if (!c.from().isAfter(date)) {
                result = c.status();
            }
        }
        return result;
    }

    static boolean issued(String status) {
        return status != null && !status.equals("APPLIED") && !status.equals("APPROVED") && !status.equals("REJECTED");
    }

    public String getCertificateId() {
        return certificateId;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public String getKind() {
        return kind;
    }

    public String getHolderAgencyCode() {
        return holderAgencyCode;
    }

    public Set<String> getDomains() {
        return domains;
    }

    public List<String> getArea() {
        return area;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Integer getLastReviewYear() {
        return lastReviewYear;
    }

    /** Personnel's due date of the first annual review not yet passed (from the snapshot, never derived here). */
    public LocalDate getNextReviewDueDate() {
        return nextReviewDueDate;
    }

    public String getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }
}
