package cn.gov.lyg.enforcement.supervision.supervisor;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.identifier.CitizenIdValidation;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.SpecialSupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseFile;
import cn.gov.lyg.enforcement.supervision.caseregister.CaseService;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Special supervisors 特邀行政执法监督员: the judicial bureau registers candidates, checks eligibility at appointment,
 * sets the term, assigns material; the supervisor (realm role {@code special-supervisor}, matched by login name) reads
 * their own record, their active assignments and the assigned case files only, never anything else, and changes
 * nothing. Numbers are data: {@code supervision.special-supervisors.min-age} (18), {@code max-age} (55),
 * {@code term-years} (5), {@code exclude-state-organ-staff} (false).
 */
@Service
public class SupervisorService {

    private final SupervisorStore store;
    private final CaseService cases;
    private final SupervisedAgencies agencies;
    private final Requests requests;
    private final Clock clock;
    private final SupervisorRules.Settings settings;

    public SupervisorService(SupervisorStore store, CaseService cases, SupervisedAgencies agencies, Requests requests,
                             Clock clock,
                             @Value("${supervision.special-supervisors.min-age:18}") int minAge,
                             @Value("${supervision.special-supervisors.max-age:55}") int maxAge,
                             @Value("${supervision.special-supervisors.term-years:5}") int termYears,
                             @Value("${supervision.special-supervisors.exclude-state-organ-staff:false}")
                             boolean excludeStateOrganStaff) {
        this.store = store;
        this.cases = cases;
        this.agencies = agencies;
        this.requests = requests;
        this.clock = clock;
        this.settings = new SupervisorRules.Settings(minAge, maxAge, termYears, excludeStateOrganStaff);
    }

    @SupervisorsOnly
    public SpecialSupervisor register(SupervisorCommands.Register command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        CitizenIdValidation id = CitizenIdNumber.validate(command.idCardNo(), today());
        CitizenIdNumber number = id.parsed().orElseThrow(() -> ApiException.invalid("SUPERVISOR_ID_INVALID",
                List.of(FieldViolation.of("idCardNo", id.errorCode().orElse("SUPERVISOR_ID_INVALID")))));
        SpecialSupervisor s = SpecialSupervisor.candidate(command.name().trim(), number.masked(),
                sha256(number.value()), number.birthDate(), command.sector(), command.username().trim(),
                scope.agencyCode(), scope.regionCode(), new SupervisorRules.Records(command.criminalRecord(),
                        command.administrativePenalty(), command.disciplinarySanction(), command.seriousDishonesty(),
                        command.stateOrganStaff()), command.conflicts());
        try {
            return store.insert(s);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("SUPERVISOR_DUPLICATE");
        }
    }

    @SupervisorsOnly
    public SpecialSupervisor appoint(String id, Long version, SupervisorCommands.Appoint command) {
        LocalDate on = command != null && command.on() != null ? command.on() : today();
        return act(id, version, s -> s.appoint(on, settings));
    }

    @SupervisorsOnly
    public SpecialSupervisor suspend(String id, Long version, SupervisorCommands.Reason command) {
        return act(id, version, s -> s.suspend(command == null ? null : command.reason()));
    }

    @SupervisorsOnly
    public SpecialSupervisor reinstate(String id, Long version, SupervisorCommands.Reason command) {
        return act(id, version, s -> s.reinstate(command == null ? null : command.reason()));
    }

    @SupervisorsOnly
    public SpecialSupervisor dismiss(String id, Long version, SupervisorCommands.Reason command) {
        return act(id, version, s -> s.dismiss(command == null ? null : command.reason()));
    }

    @SupervisorsOnly
    public SpecialSupervisor assign(String id, Long version, SupervisorCommands.Assign command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        String agencyCode = command.agencyCode();
        if ("CASE".equals(command.kind())) {
            CaseFile c = cases.find(command.ref().trim()).filter(x -> scope.coversRegion(x.getRegionCode()))
                    .orElseThrow(() -> ApiException.invalid("ASSIGNMENT_MATERIAL_UNKNOWN",
                            List.of(FieldViolation.of("ref", "ASSIGNMENT_MATERIAL_UNKNOWN"))));
            agencyCode = c.getAgencyCode();
        } else if (agencyCode != null && agencies.active(agencyCode)
                .filter(a -> scope.coversRegion(a.regionCode())).isEmpty()) {
            throw ApiException.invalid("TARGET_OUT_OF_SCOPE",
                    List.of(FieldViolation.of("agencyCode", "TARGET_OUT_OF_SCOPE")));
        }
        String agency = agencyCode;
        LocalDate from = command.from() != null ? command.from() : today();
        return act(id, version, s -> s.assign(command.kind(), command.ref().trim(), agency, from, command.to(),
                today()));
    }

    @SupervisorsOnly
    public SpecialSupervisor withdraw(String id, Long version, String assignmentId) {
        return act(id, version, s -> s.withdraw(assignmentId));
    }

    @SupervisorsOnly
    public SpecialSupervisor get(String id) {
        DataScope scope = CurrentScope.get();
        return store.findById(id).filter(s -> scope.coversRegion(s.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("SpecialSupervisor", id));
    }

    @SupervisorsOnly
    public Page<SpecialSupervisor> search(SupervisorStatus status, String sector, Pageable pageable) {
        return store.search(CurrentScope.get(), status, sector, pageable);
    }

    /** The calling special supervisor's own record (matched by login name). */
    @SpecialSupervisorsOnly
    public SpecialSupervisor me() {
        DataScope scope = CurrentScope.get();
        return store.findByUsername(scope.username())
                .orElseThrow(() -> ApiException.notFound("SpecialSupervisor", scope.username()));
    }

    /** A case file assigned to the calling special supervisor, read-only; anything not assigned answers 404. */
    @SpecialSupervisorsOnly
    public CaseFile assignedCase(String caseId) {
        SpecialSupervisor me = me();
        if (!me.mayRead("CASE", caseId, today())) {
            throw ApiException.notFound("CaseFile", caseId);
        }
        return cases.find(caseId).orElseThrow(() -> ApiException.notFound("CaseFile", caseId));
    }

    private SpecialSupervisor act(String id, Long version, Consumer<SpecialSupervisor> action) {
        DataScope scope = CurrentScope.get();
        SpecialSupervisor s = store.findById(id).filter(x -> scope.coversRegion(x.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("SpecialSupervisor", id));
        Versions.check(s, version);
        action.accept(s);
        try {
            return store.save(s);
        } catch (OptimisticLockingFailureException e) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }
}
