package cn.gov.lyg.enforcement.personnel.agency;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 行政执法主体 (DOMAIN.md §2.1.1): an enforcement agency, identified by its unified social credit code (what tokens
 * carry as {@code agencyCode}). Content rules are checked by {@link AgencyRules} before it reaches the aggregate; the
 * aggregate holds the life cycle ACTIVE → MERGED | ABOLISHED (机构改革).
 */
@Document(Agency.COLLECTION)
public class Agency extends AggregateDocument {

    public static final String COLLECTION = "agencies";

    @Id
    private String id;
    private String uscc;
    private String name;
    private AgencyKind agencyKind;
    private AdminLevel adminLevel;
    private String regionCode;
    private String townshipCode;
    private String parentAgencyCode;
    private String supervisingJusticeBureauCode;
    private Set<EnforcementDomain> domains;
    private String entrustingAgencyCode;
    private boolean inspectionSubjectConfirmed;
    private LocalDate inspectionSubjectConfirmedOn;
    private boolean verticallyManaged;
    private boolean centralizedPenaltyPower;
    private AgencyStatus status;
    private String successorAgencyCode;
    private LocalDate statusChangedOn;

    protected Agency() {
        // for the mapping layer
    }

    public static Agency register(AgencyRequest request) {
        Agency agency = new Agency();
        agency.id = UUID.randomUUID().toString();
        agency.status = AgencyStatus.ACTIVE;
        agency.apply(request);
        agency.audit("AGENCY_REGISTERED", Map.of("uscc", request.uscc(), "name", request.name()));
        return agency;
    }

    /** Replaces the content; the credit code never changes (a new code is a new subject). */
    public void update(AgencyRequest request) {
        require("update");
        if (!uscc.equals(request.uscc())) {
            throw cn.gov.lyg.enforcement.platform.problem.ApiException.badRequest("AGENCY_CODE_IMMUTABLE");
        }
        apply(request);
        audit("AGENCY_UPDATED", Map.of("uscc", uscc, "name", name));
    }

    /** 机构改革: the agency was merged into {@code successor} or abolished (no successor). */
    public void close(AgencyStatus newStatus, String successor, LocalDate on) {
        require(newStatus == AgencyStatus.MERGED ? "merge" : "abolish");
        this.status = newStatus;
        this.successorAgencyCode = successor;
        this.statusChangedOn = on;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("uscc", uscc);
        details.put("status", newStatus.name());
        if (successor != null) {
            details.put("successor", successor);
        }
        audit("AGENCY_" + newStatus.name(), details);
    }

    private void require(String action) {
        if (!status.allowedActions().contains(action)) {
            throw new InvalidTransitionException("Agency", status, action, status.allowedActions());
        }
    }

    private void apply(AgencyRequest r) {
        this.uscc = r.uscc();
        this.name = r.name();
        this.agencyKind = r.agencyKind();
        this.adminLevel = r.adminLevel();
        this.regionCode = r.regionCode();
        this.townshipCode = r.townshipCode();
        this.parentAgencyCode = r.parentAgencyCode();
        this.supervisingJusticeBureauCode = r.supervisingJusticeBureauCode();
        this.domains = Set.copyOf(r.domains());
        this.entrustingAgencyCode = r.entrustingAgencyCode();
        this.inspectionSubjectConfirmed = r.inspectionSubjectConfirmed();
        this.inspectionSubjectConfirmedOn = r.inspectionSubjectConfirmedOn();
        this.verticallyManaged = r.verticallyManaged();
        this.centralizedPenaltyPower = r.centralizedPenaltyPower();
    }

    public boolean isActive() {
        return status == AgencyStatus.ACTIVE;
    }

    /** An agency whose officers may hold enforcement certificates for {@code domain}. */
    public boolean enforcesIn(EnforcementDomain domain) {
        return isActive() && agencyKind != AgencyKind.JUSTICE_BUREAU && domains != null && domains.contains(domain);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "Agency";
    }

    public String getId() {
        return id;
    }

    public String getUscc() {
        return uscc;
    }

    public String getName() {
        return name;
    }

    public AgencyKind getAgencyKind() {
        return agencyKind;
    }

    public AdminLevel getAdminLevel() {
        return adminLevel;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public String getParentAgencyCode() {
        return parentAgencyCode;
    }

    public String getSupervisingJusticeBureauCode() {
        return supervisingJusticeBureauCode;
    }

    public Set<EnforcementDomain> getDomains() {
        return domains == null ? Set.of() : domains;
    }

    public String getEntrustingAgencyCode() {
        return entrustingAgencyCode;
    }

    public boolean isInspectionSubjectConfirmed() {
        return inspectionSubjectConfirmed;
    }

    public LocalDate getInspectionSubjectConfirmedOn() {
        return inspectionSubjectConfirmedOn;
    }

    public boolean isVerticallyManaged() {
        return verticallyManaged;
    }

    public boolean isCentralizedPenaltyPower() {
        return centralizedPenaltyPower;
    }

    public AgencyStatus getStatus() {
        return status;
    }

    public String getSuccessorAgencyCode() {
        return successorAgencyCode;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }
}
