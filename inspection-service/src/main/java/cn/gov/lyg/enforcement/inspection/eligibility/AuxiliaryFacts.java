package cn.gov.lyg.enforcement.inspection.eligibility;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Auxiliary staff as announced by personnel (AuxiliaryStaffRegistered, AuxiliaryStatusChanged): agency and status,
 * newer aggregate versions only.
 */
@Document(AuxiliaryFacts.COLLECTION)
public class AuxiliaryFacts {

    public static final String COLLECTION = "auxiliary_staff";

    @Id
    private String auxiliaryId;
    private String agencyCode;
    private String status;
    private long version = -1;

    protected AuxiliaryFacts() {
        // for the mapping layer
    }

    public AuxiliaryFacts(String auxiliaryId, String agencyCode, String status, long version) {
        this.auxiliaryId = auxiliaryId;
        this.agencyCode = agencyCode;
        this.status = status;
        this.version = version;
    }

    public String getAuxiliaryId() {
        return auxiliaryId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
