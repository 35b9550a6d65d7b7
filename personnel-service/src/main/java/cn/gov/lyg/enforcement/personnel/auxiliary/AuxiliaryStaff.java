package cn.gov.lyg.enforcement.personnel.auxiliary;

import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStatusChanged;
import cn.gov.lyg.enforcement.events.vocabulary.AuxiliaryTask;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 行政执法辅助人员 (DOMAIN.md §2.1.1, P5): no certificate, no enforcement qualification; works in the allowed tasks
 * under a supervising officer of the same agency. ACTIVE ↔ SUSPENDED, → LEFT (terminal).
 */
@Document(AuxiliaryStaff.COLLECTION)
public class AuxiliaryStaff extends AggregateDocument {

    public static final String COLLECTION = "auxiliary_staff";

    @Id
    private String id;
    private String name;
    private String idCardCipher;
    private String idCardHash;
    private String idCardMasked;
    private String agencyCode;
    private String regionCode;
    private LocalDate contractFrom;
    private LocalDate contractTo;
    private String supervisingOfficerId;
    private Set<AuxiliaryTask> allowedTasks;
    private Status status;

    protected AuxiliaryStaff() {
        // for the mapping layer
    }

    public static AuxiliaryStaff register(String name, String cipher, String hash, String masked, String agencyCode,
                                          String regionCode, LocalDate from, LocalDate to, String supervisor,
                                          Set<AuxiliaryTask> tasks, String actor, Clock clock) {
        AuxiliaryStaff a = new AuxiliaryStaff();
        a.id = UUID.randomUUID().toString();
        a.name = name;
        a.idCardCipher = cipher;
        a.idCardHash = hash;
        a.idCardMasked = masked;
        a.agencyCode = agencyCode;
        a.regionCode = regionCode;
        a.contractFrom = from;
        a.contractTo = to;
        a.supervisingOfficerId = supervisor;
        a.allowedTasks = Set.copyOf(tasks);
        a.status = Status.ACTIVE;
        a.audit("AUXILIARY_REGISTERED", Map.of("agencyCode", agencyCode, "idCard", masked));
        a.raise(new AuxiliaryStaffRegistered(UUID.randomUUID().toString(), OffsetDateTime.now(clock), a.id,
                a.nextVersion(), regionCode, agencyCode, name, supervisor,
                a.allowedTasks.stream().sorted().map(Enum::name).toList(), from, to, a.status.name(), actor));
        return a;
    }

    /** ACTIVE ↔ SUSPENDED, → LEFT; raises {@link AuxiliaryStatusChanged} (only ACTIVE staff may assist). */
    public void changeStatus(Status to, String actor, Clock clock) {
        if (status == Status.LEFT || status == to) {
            throw new InvalidTransitionException("AuxiliaryStaff", status, to.name().toLowerCase(),
                    status == Status.LEFT ? List.of() : List.of(status == Status.ACTIVE ? "suspended" : "active",
                            "left"));
        }
        audit("AUXILIARY_" + to.name(), Map.of("from", status.name()));
        Status from = status;
        this.status = to;
        OffsetDateTime now = OffsetDateTime.now(clock);
        raise(new AuxiliaryStatusChanged(UUID.randomUUID().toString(), now, id, nextVersion(), regionCode, agencyCode,
                supervisingOfficerId, from.name(), to.name(),
                now.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate(), actor));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "AuxiliaryStaff";
    }

    public String getId() {
        return id;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Status getStatus() {
        return status;
    }

    /** Masked view (the ID number as first 6 + last 4). */
    public View view() {
        return new View(id, name, idCardMasked, agencyCode, contractFrom, contractTo, supervisingOfficerId,
                allowedTasks.stream().sorted().toList(), status, false, getVersion());
    }

    /** Auxiliary staff as the API shows them; {@code mayEnforce} is always false. */
    public record View(String id, String name, String idCardNo, String agencyCode, LocalDate contractFrom,
                       LocalDate contractTo, String supervisingOfficerId, List<AuxiliaryTask> allowedTasks,
                       Status status, boolean mayEnforce, Long version) {
    }

    /** ACTIVE, SUSPENDED, LEFT. */
    public enum Status {
        ACTIVE,
        SUSPENDED,
        LEFT
    }
}
