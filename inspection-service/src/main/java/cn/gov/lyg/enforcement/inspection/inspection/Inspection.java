package cn.gov.lyg.enforcement.inspection.inspection;

import cn.gov.lyg.enforcement.events.inspection.InspectionAssigned;
import cn.gov.lyg.enforcement.events.inspection.InspectionRecordSubmitted;
import cn.gov.lyg.enforcement.events.inspection.InspectionResultPublicized;
import cn.gov.lyg.enforcement.events.inspection.InspectionTeamInvalidated;
import cn.gov.lyg.enforcement.events.inspection.InspectionTeamMember;
import cn.gov.lyg.enforcement.events.inspection.InspectionTeamProblem;
import cn.gov.lyg.enforcement.inspection.record.Evidence;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.inspection.team.MemberProblem;
import cn.gov.lyg.enforcement.inspection.team.TeamMember;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 行政检查: one visit to one entity by a team (DOMAIN.md §2.3.2). The team is re-checked on assignment, start and
 * submission; a member who loses assignability (event from personnel) makes the team {@code TEAM_INVALID} until it
 * is fixed.
 */
@Document(Inspection.COLLECTION)
public class Inspection extends AggregateDocument {

    public static final String COLLECTION = "inspections";

    @Id
    private String id;
    private String inspectionNo;
    private String agencyCode;
    private String agencyRegion;
    private InspectionKind kind;
    private String triggerRef;
    private String spotCheckTaskId;
    private String uscc;
    private String entityRegion;
    private List<String> itemIds;
    private Set<String> itemDomains;
    private LocalDate plannedDate;
    private List<TeamMember> team = new ArrayList<>();
    private boolean teamInvalid;
    private List<MemberProblem> teamProblems = new ArrayList<>();
    private InspectionStatus status;
    private Instant startedAt;
    private List<OnSiteRecord> records = new ArrayList<>();
    private Instant confirmedAt;
    private LocalDate publicityDue;
    private Instant publicizedAt;
    private boolean publicizedLate;
    private InspectionMethod method;
    /** For OTHER_AGENCY_RESULT (结果互认): the other agency's confirmed inspection whose result is recognised. */
    private String recognizedInspectionId;
    /** The joint inspection 综合查一次 this inspection is part of. */
    private String jointInspectionId;
    /**
     * A citizen party (e.g. the operator of an individual business) whose recusals personnel is asked for: the ID
     * number encrypted ({@code PartyIdCipher}), and masked for display; both {@code null} without one.
     */
    private String citizenPartyEncrypted;
    private String citizenPartyMasked;

    protected Inspection() {
        // for the mapping layer
    }

    public static Inspection plan(String inspectionNo, String agencyCode, String agencyRegion, InspectionKind kind,
                                  String triggerRef, String spotCheckTaskId, String uscc, String entityRegion,
                                  List<String> itemIds, Set<String> itemDomains, LocalDate plannedDate) {
        if (kind == null) {
            throw RuleViolation.invalid("INSPECTION_KIND_REQUIRED").with("field", "kind");
        }
        if (kind.triggered() && (triggerRef == null || triggerRef.isBlank())) {
            throw RuleViolation.invalid("TRIGGER_REF_REQUIRED").with("field", "triggerRef");
        }
        if (kind == InspectionKind.DUAL_RANDOM && (spotCheckTaskId == null || spotCheckTaskId.isBlank())) {
            throw RuleViolation.invalid("SPOT_CHECK_TASK_REQUIRED").with("field", "spotCheckTaskId");
        }
        if (itemIds == null || itemIds.isEmpty()) {
            throw RuleViolation.invalid("INSPECTION_ITEMS_REQUIRED").with("field", "itemIds");
        }
        if (plannedDate == null) {
            throw RuleViolation.invalid("PLANNED_DATE_REQUIRED").with("field", "plannedDate");
        }
        Inspection i = new Inspection();
        i.id = UUID.randomUUID().toString();
        i.inspectionNo = inspectionNo;
        i.agencyCode = agencyCode;
        i.agencyRegion = agencyRegion;
        i.kind = kind;
        i.triggerRef = triggerRef;
        i.spotCheckTaskId = spotCheckTaskId;
        i.uscc = uscc;
        i.entityRegion = entityRegion;
        i.itemIds = List.copyOf(itemIds);
        i.itemDomains = itemDomains == null ? Set.of() : Set.copyOf(itemDomains);
        i.plannedDate = plannedDate;
        i.status = InspectionStatus.PLANNED;
        i.audit("INSPECTION_PLANNED", Map.of("inspectionNo", inspectionNo, "uscc", uscc));
        return i;
    }

    /** How it is carried out (method rules checked by the service), and the recognised result for 结果互认. */
    void carryOut(InspectionMethod how, String recognized) {
        this.method = how;
        this.recognizedInspectionId = recognized;
    }

    /** The citizen party of this inspection (encrypted and masked ID number), set when it is planned. */
    void citizenParty(String encrypted, String masked) {
        this.citizenPartyEncrypted = encrypted;
        this.citizenPartyMasked = masked;
        audit("CITIZEN_PARTY_SET", Map.of("party", masked));
    }

    /** Merge of the same agency's inspections (one visit): further items join this open inspection. */
    boolean addItems(List<String> more, Set<String> moreDomains, String by) {
        require("add items", InspectionStatus.PLANNED, InspectionStatus.IN_PROGRESS);
        List<String> merged = new ArrayList<>(itemIds);
        more.stream().filter(m -> !merged.contains(m)).forEach(merged::add);
        if (merged.size() == itemIds.size()) {
            return false;
        }
        java.util.Set<String> domains = new java.util.TreeSet<>(itemDomains);
        if (moreDomains != null) {
            domains.addAll(moreDomains);
        }
        audit("ITEMS_MERGED", Map.of("added", merged.subList(itemIds.size(), merged.size()), "by", by));
        itemIds = List.copyOf(merged);
        itemDomains = Set.copyOf(domains);
        return true;
    }

    /** Part of a joint inspection: the visit happens on the joint date. */
    void joinJoint(String jointId, LocalDate jointDate) {
        if (!jointId.equals(jointInspectionId)) {
            jointInspectionId = jointId;
            audit("JOINED_JOINT_INSPECTION", Map.of("jointInspectionId", jointId));
        }
        if (status == InspectionStatus.PLANNED && jointDate != null && !jointDate.equals(plannedDate)) {
            audit("MOVED_TO_JOINT_DAY", Map.of("from", plannedDate.toString(), "to", jointDate.toString()));
            plannedDate = jointDate;
        }
    }

    /** A team that passed the team rules. */
    void assign(List<TeamMember> validTeam, String by, Instant at) {
        require("assign", InspectionStatus.PLANNED, InspectionStatus.IN_PROGRESS);
        team = new ArrayList<>(validTeam);
        teamInvalid = false;
        teamProblems = new ArrayList<>();
        audit("TEAM_ASSIGNED", Map.of("team", validTeam.stream().map(TeamMember::personId).toList(), "by", by));
        raise(new InspectionAssigned(UUID.randomUUID().toString(), time(at), id, nextVersion(), agencyRegion,
                agencyCode, inspectionNo, kind.name(), uscc, plannedDate, itemIds, validTeam.stream()
                .map(m -> new InspectionTeamMember(m.personId(), m.kind().name(), m.role().name())).toList()));
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneId.of("Asia/Shanghai"));
    }

    /** The team was re-checked: problems make it invalid, none make it valid again. */
    boolean recheck(List<MemberProblem> problems, boolean valid, Instant at) {
        boolean was = teamInvalid;
        teamInvalid = !valid;
        teamProblems = new ArrayList<>(problems);
        if (was != teamInvalid) {
            audit(teamInvalid ? "TEAM_INVALIDATED" : "TEAM_VALID_AGAIN",
                    Map.of("problems", problems.stream().map(p -> p.personId() + ":" + p.code()).toList()));
            if (teamInvalid) {
                List<InspectionTeamProblem> list = problems.isEmpty()
                        ? List.of(new InspectionTeamProblem(team.get(0).personId(), "MIN_TWO_QUALIFIED_OFFICERS",
                        List.of()))
                        : problems.stream().map(p -> new InspectionTeamProblem(p.personId(), p.code(), p.reasons()))
                        .toList();
                raise(new InspectionTeamInvalidated(UUID.randomUUID().toString(), time(at), id, nextVersion(),
                        agencyRegion, agencyCode, inspectionNo, uscc, list));
            }
        }
        return was != teamInvalid;
    }

    void start(Instant at) {
        require("start", InspectionStatus.PLANNED);
        if (teamInvalid) {
            throw RuleViolation.conflict("TEAM_INVALID");
        }
        status = InspectionStatus.IN_PROGRESS;
        startedAt = at;
        audit("INSPECTION_STARTED", Map.of("at", at.toString()));
    }

    Optional<OnSiteRecord> record(String deviceRecordId) {
        return records.stream().filter(r -> r.deviceRecordId().equals(deviceRecordId)).findFirst();
    }

    void submit(OnSiteRecord record) {
        require("submit", InspectionStatus.IN_PROGRESS, InspectionStatus.PLANNED);
        records.add(record);
        if (status == InspectionStatus.PLANNED) {
            startedAt = record.capturedAt();
        }
        status = InspectionStatus.SUBMITTED;
        audit("RECORD_SUBMITTED", Map.of("deviceRecordId", record.deviceRecordId(), "resultCodes",
                record.resultCodes()));
        raise(new InspectionRecordSubmitted(UUID.randomUUID().toString(), time(record.receivedAt()), id,
                nextVersion(), agencyRegion, agencyCode, inspectionNo, uscc, record.deviceRecordId(),
                time(record.capturedAt()), record.resultCodes(), record.followUpActions() == null ? List.of()
                : record.followUpActions().stream().map(Enum::name).toList(),
                record.evidence().stream().map(Evidence::sha256).map(h -> h.toLowerCase(java.util.Locale.ROOT))
                        .toList()));
    }

    void confirm(Instant at, LocalDate due) {
        require("confirm", InspectionStatus.SUBMITTED);
        status = InspectionStatus.CONFIRMED;
        confirmedAt = at;
        publicityDue = due;
        audit("INSPECTION_CONFIRMED", Map.of("publicityDue", due.toString()));
    }

    /** Publicized on {@code day}: late after the 20th working day after confirmation (I8). */
    void publicize(Instant at, LocalDate day) {
        require("publicize", InspectionStatus.CONFIRMED);
        status = InspectionStatus.PUBLICIZED;
        publicizedAt = at;
        publicizedLate = publicityDue != null && day.isAfter(publicityDue);
        boolean late = publicizedLate;
        audit("RESULT_PUBLICIZED", Map.of("late", late));
        List<String> codes = records.isEmpty() ? List.of() : records.get(records.size() - 1).resultCodes();
        raise(new InspectionResultPublicized(UUID.randomUUID().toString(), time(at), id, nextVersion(), agencyRegion,
                agencyCode, inspectionNo, uscc, kind.name(), codes, publicityDue, late));
    }

    private void require(String action, InspectionStatus... allowed) {
        for (InspectionStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw RuleViolation.conflict("INVALID_TRANSITION", "行政检查", status, action);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "AdministrativeInspection";
    }

    public String getId() {
        return id;
    }

    public String getInspectionNo() {
        return inspectionNo;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAgencyRegion() {
        return agencyRegion;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public String getTriggerRef() {
        return triggerRef;
    }

    public String getSpotCheckTaskId() {
        return spotCheckTaskId;
    }

    public String getUscc() {
        return uscc;
    }

    public String getEntityRegion() {
        return entityRegion;
    }

    public List<String> getItemIds() {
        return itemIds;
    }

    public Set<String> getItemDomains() {
        return itemDomains;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public List<TeamMember> getTeam() {
        return List.copyOf(team);
    }

    public boolean isTeamInvalid() {
        return teamInvalid;
    }

    public List<MemberProblem> getTeamProblems() {
        return List.copyOf(teamProblems);
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public List<OnSiteRecord> getRecords() {
        return List.copyOf(records);
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDate getPublicityDue() {
        return publicityDue;
    }

    public Instant getPublicizedAt() {
        return publicizedAt;
    }

    public boolean isPublicizedLate() {
        return publicizedLate;
    }

    public InspectionMethod getMethod() {
        return method;
    }

    public String getRecognizedInspectionId() {
        return recognizedInspectionId;
    }

    public String getCitizenPartyEncrypted() {
        return citizenPartyEncrypted;
    }

    public String getCitizenPartyMasked() {
        return citizenPartyMasked;
    }

    public String getJointInspectionId() {
        return jointInspectionId;
    }

    /** The result codes of the latest record (empty before submission). */
    public List<String> latestResultCodes() {
        return records.isEmpty() ? List.of() : records.get(records.size() - 1).resultCodes();
    }
}
