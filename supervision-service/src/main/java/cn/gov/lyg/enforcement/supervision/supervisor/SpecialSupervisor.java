package cn.gov.lyg.enforcement.supervision.supervisor;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A special supervisor 特邀行政执法监督员 appointed by a judicial bureau: identity (the ID number kept masked and hashed
 * only), sector, login, term, status, declared conflicts and assignments (review batches, cases, inspections,
 * complaints) that open read-only access to that material and nothing else.
 */
@Document(SpecialSupervisor.COLLECTION)
public class SpecialSupervisor extends AggregateDocument {

    public static final String COLLECTION = "special_supervisors";

    public record Assignment(String id, String kind, String ref, String agencyCode, LocalDate from, LocalDate to,
                             boolean withdrawn) {
        boolean activeOn(LocalDate day) {
            return !withdrawn && !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    @Id
    private String id;
    private String name;
    private String idCardMasked;
    private String idCardHash;
    private LocalDate birthDate;
    private String sector;
    private String username;
    private String appointingAgencyCode;
    private String regionCode;
    private SupervisorRules.Records records;
    private SupervisorStatus status = SupervisorStatus.CANDIDATE;
    private LocalDate termFrom;
    private LocalDate termTo;
    private List<String> conflictAgencyCodes = new ArrayList<>();
    private List<Assignment> assignments = new ArrayList<>();

    protected SpecialSupervisor() {
    }

    public static SpecialSupervisor candidate(String name, String idCardMasked, String idCardHash,
                                              LocalDate birthDate, String sector, String username,
                                              String appointingAgencyCode, String regionCode,
                                              SupervisorRules.Records records, List<String> conflicts) {
        SpecialSupervisor s = new SpecialSupervisor();
        s.id = UUID.randomUUID().toString();
        s.name = name;
        s.idCardMasked = idCardMasked;
        s.idCardHash = idCardHash;
        s.birthDate = birthDate;
        s.sector = sector;
        s.username = username;
        s.appointingAgencyCode = appointingAgencyCode;
        s.regionCode = regionCode;
        s.records = records;
        s.conflictAgencyCodes = conflicts == null ? new ArrayList<>() : new ArrayList<>(conflicts);
        s.audit("SUPERVISOR_CANDIDATE", Map.of("name", name, "sector", sector));
        return s;
    }

    /** CANDIDATE → APPOINTED for a term from {@code on}, if eligible on that day. */
    public void appoint(LocalDate on, SupervisorRules.Settings settings) {
        if (status != SupervisorStatus.CANDIDATE) {
            throw new InvalidTransitionException("SpecialSupervisor", status, "appoint", List.of());
        }
        List<FieldViolation> errors = SupervisorRules.eligibility(birthDate, on, records, settings);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        termFrom = on;
        termTo = SupervisorRules.termEnd(on, settings.termYears());
        status = SupervisorStatus.APPOINTED;
        audit("SUPERVISOR_APPOINTED", Map.of("termFrom", termFrom.toString(), "termTo", termTo.toString()));
    }

    public void suspend(String reason) {
        transition("suspend", SupervisorStatus.APPOINTED, SupervisorStatus.SUSPENDED, reason);
    }

    public void reinstate(String reason) {
        transition("reinstate", SupervisorStatus.SUSPENDED, SupervisorStatus.APPOINTED, reason);
    }

    public void dismiss(String reason) {
        if (status != SupervisorStatus.APPOINTED && status != SupervisorStatus.SUSPENDED
                && status != SupervisorStatus.CANDIDATE) {
            throw new InvalidTransitionException("SpecialSupervisor", status, "dismiss", List.of());
        }
        status = SupervisorStatus.DISMISSED;
        assignments().replaceAll(a -> new Assignment(a.id(), a.kind(), a.ref(), a.agencyCode(), a.from(), a.to(),
                true));
        audit("SUPERVISOR_DISMISSED", Map.of("reason", reason == null ? "" : reason));
    }

    private void transition(String action, SupervisorStatus from, SupervisorStatus to, String reason) {
        if (status != from) {
            throw new InvalidTransitionException("SpecialSupervisor", status, action, List.of());
        }
        status = to;
        audit("SUPERVISOR_" + to.name(), Map.of("reason", reason == null ? "" : reason));
    }

    /** The status as of a day: an appointed or suspended supervisor whose term has ended is EXPIRED. */
    public SupervisorStatus statusOn(LocalDate day) {
        if ((status == SupervisorStatus.APPOINTED || status == SupervisorStatus.SUSPENDED) && termTo != null
                && day.isAfter(termTo)) {
            return SupervisorStatus.EXPIRED;
        }
        return status;
    }

    /**
     * Assigns material: only while appointed on {@code today} and within the term, never of an agency the supervisor
     * declared a conflict with ({@code SUPERVISOR_CONFLICT}).
     */
    public Assignment assign(String kind, String ref, String agencyCode, LocalDate from, LocalDate to,
                             LocalDate today) {
        if (statusOn(today) != SupervisorStatus.APPOINTED) {
            throw ApiException.conflict("SUPERVISOR_NOT_APPOINTED");
        }
        if (agencyCode != null && conflictAgencyCodes().contains(agencyCode)) {
            throw ApiException.conflict("SUPERVISOR_CONFLICT");
        }
        LocalDate end = to == null || to.isAfter(termTo) ? termTo : to;
        if (from.isBefore(termFrom) || end.isBefore(from)) {
            throw ApiException.invalid("PERIOD_INVALID", List.of(FieldViolation.of("from", "PERIOD_INVALID")));
        }
        Assignment a = new Assignment(UUID.randomUUID().toString(), kind, ref, agencyCode, from, end, false);
        assignments().add(a);
        audit("SUPERVISOR_ASSIGNED", Map.of("kind", kind, "ref", ref));
        return a;
    }

    public void withdraw(String assignmentId) {
        Assignment a = assignments().stream().filter(x -> x.id().equals(assignmentId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Assignment", assignmentId));
        assignments().set(assignments().indexOf(a), new Assignment(a.id(), a.kind(), a.ref(), a.agencyCode(),
                a.from(), a.to(), true));
        audit("SUPERVISOR_ASSIGNMENT_WITHDRAWN", Map.of("assignmentId", assignmentId));
    }

    /** Whether the supervisor may read the material on {@code day}: appointed, in term and assigned to it. */
    public boolean mayRead(String kind, String ref, LocalDate day) {
        return statusOn(day) == SupervisorStatus.APPOINTED
                && assignments().stream().anyMatch(a -> a.kind().equals(kind) && a.ref().equals(ref)
                && a.activeOn(day));
    }

    public List<Assignment> activeAssignments(LocalDate day) {
        return statusOn(day) != SupervisorStatus.APPOINTED ? List.of()
                : assignments().stream().filter(a -> a.activeOn(day)).toList();
    }

    private List<String> conflictAgencyCodes() {
        if (conflictAgencyCodes == null) {
            conflictAgencyCodes = new ArrayList<>();
        }
        return conflictAgencyCodes;
    }

    private List<Assignment> assignments() {
        if (assignments == null) {
            assignments = new ArrayList<>();
        }
        return assignments;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "SpecialSupervisor";
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getIdCardMasked() { return idCardMasked; }
    public String getIdCardHash() { return idCardHash; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getSector() { return sector; }
    public String getUsername() { return username; }
    public String getAppointingAgencyCode() { return appointingAgencyCode; }
    public String getRegionCode() { return regionCode; }
    public SupervisorStatus getStatus() { return status; }
    public LocalDate getTermFrom() { return termFrom; }
    public LocalDate getTermTo() { return termTo; }
    public List<String> getConflictAgencyCodes() { return List.copyOf(conflictAgencyCodes()); }
    public List<Assignment> getAssignments() { return List.copyOf(assignments()); }
}
