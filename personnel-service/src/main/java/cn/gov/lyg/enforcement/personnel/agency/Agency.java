package cn.gov.lyg.enforcement.personnel.agency;

import cn.gov.lyg.enforcement.events.personnel.AgencyChanged;
import cn.gov.lyg.enforcement.events.personnel.AgencyClosed;
import cn.gov.lyg.enforcement.events.personnel.AgencyRegistered;
import cn.gov.lyg.enforcement.events.personnel.AgencySnapshot;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 行政执法主体 (DOMAIN.md §2.1.1): an enforcement agency, identified by its unified social credit code (what tokens
 * carry as {@code agencyCode}). Content rules are checked by {@link AgencyRules} before it reaches the aggregate; the
 * aggregate holds the life cycle ACTIVE → MERGED | ABOLISHED (机构改革) and announces every change on
 * {@code personnel.agencies.v1} (registered, changed, closed) through its outbox.
 */
@Document(Agency.COLLECTION)
public class Agency extends AggregateDocument {

    public static final String COLLECTION = "agencies";
    static final String SYSTEM = "system";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
    /** Whether {@code AgencyRegistered} was raised (false only for agencies registered before agency events). */
    private boolean announced;

    protected Agency() {
        // for the mapping layer
    }

    /** A new agency, announced by {@code AgencyRegistered} (actor {@code system}, now). */
    public static Agency register(AgencyRequest request) {
        return register(request, SYSTEM, Clock.system(SHANGHAI));
    }

    /** A new agency, announced on {@code personnel.agencies.v1} by {@code AgencyRegistered}. */
    public static Agency register(AgencyRequest request, String actor, Clock clock) {
        Agency agency = new Agency();
        agency.id = UUID.randomUUID().toString();
        agency.status = AgencyStatus.ACTIVE;
        agency.apply(request);
        agency.audit("AGENCY_REGISTERED", Map.of("uscc", request.uscc(), "name", request.name()));
        agency.raiseRegistered(actor, clock);
        return agency;
    }

    /**
     * Announces an agency registered before agencies had events (the reference agencies of an existing register),
     * once: a consumer builds its directory from the topic alone.
     *
     * @return whether it was announced now
     */
    public boolean announce(String actor, Clock clock) {
        if (announced) {
            return false;
        }
        audit("AGENCY_ANNOUNCED", Map.of("uscc", uscc));
        raiseRegistered(actor, clock);
        return true;
    }

    private void raiseRegistered(String actor, Clock clock) {
        this.announced = true;
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new AgencyRegistered(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, uscc, now, actor,
                snapshot()));
    }

    public void update(AgencyRequest request) {
        update(request, SYSTEM, Clock.system(SHANGHAI));
    }

    /**
     * Replaces the content; the credit code never changes (a new code is a new subject). {@code AgencyChanged} names
     * the fields that changed; an update that changes nothing announces nothing.
     */
    public void update(AgencyRequest request, String actor, Clock clock) {
        require("update");
        if (!uscc.equals(request.uscc())) {
            throw cn.gov.lyg.enforcement.platform.problem.ApiException.badRequest("AGENCY_CODE_IMMUTABLE");
        }
        AgencySnapshot before = snapshot();
        apply(request);
        audit("AGENCY_UPDATED", Map.of("uscc", uscc, "name", name));
        List<String> changed = changedFields(before, snapshot());
        if (!changed.isEmpty()) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            raise(new AgencyChanged(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, uscc, now, actor,
                    changed, snapshot()));
        }
    }

    public void close(AgencyStatus newStatus, String successor, LocalDate on) {
        close(newStatus, successor, on, SYSTEM, Clock.system(SHANGHAI));
    }

    /**
     * 机构改革: the agency was merged into {@code successor} or abolished (no successor) from {@code on};
     * {@code AgencyClosed} takes effect at the start of that day.
     */
    public void close(AgencyStatus newStatus, String successor, LocalDate on, String actor, Clock clock) {
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
        raise(new AgencyClosed(UUID.randomUUID().toString(), OffsetDateTime.now(clock), id, nextVersion(), regionCode,
                uscc, on.atStartOfDay(SHANGHAI).toOffsetDateTime(), actor, newStatus.name(), successor, on,
                snapshot()));
    }

    /** The agency as consumers of {@code personnel.agencies.v1} see it. */
    public AgencySnapshot snapshot() {
        return new AgencySnapshot(id, uscc, name, agencyKind.name(), adminLevel.name(), regionCode, townshipCode,
                parentAgencyCode, supervisingJusticeBureauCode, entrustingAgencyCode,
                getDomains().stream().sorted().map(Enum::name).toList(), verticallyManaged, centralizedPenaltyPower,
                isJudicialOffice(), status.name(), successorAgencyCode, statusChangedOn);
    }

    /** The names of the snapshot fields that differ. */
    static List<String> changedFields(AgencySnapshot a, AgencySnapshot b) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : AgencySnapshot.class.getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    /**
     * A judicial office 司法所: the township-level agency of the judicial administration (a JUSTICE_BUREAU at TOWNSHIP
     * level, under its county judicial bureau). It supervises nobody itself.
     */
    public boolean isJudicialOffice() {
        return agencyKind == AgencyKind.JUSTICE_BUREAU && adminLevel == AdminLevel.TOWNSHIP;
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

    public boolean isAnnounced() {
        return announced;
    }
}
