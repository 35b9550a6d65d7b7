package cn.gov.lyg.enforcement.supervision.letter;

import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import org.springframework.stereotype.Service;

/** Supervision letters 督查函 / opinions / decisions: draft, issue, acknowledge, respond, verify, escalate, close. */
@Service
public class LetterService {

    private final LetterStore store;
    private final SupervisedAgencies agencies;
    private final Requests requests;
    private final Clock clock;

    public LetterService(LetterStore store, SupervisedAgencies agencies, Requests requests, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.requests = requests;
        this.clock = clock;
    }

    @SupervisorsOnly
    public SupervisionLetter draft(LetterCommands.Draft command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        Agency target = agencies.active(command.targetAgencyCode()).orElseThrow(() -> ApiException.invalid(
                "AGENCY_UNKNOWN", List.of(FieldViolation.of("targetAgencyCode", "AGENCY_UNKNOWN"))));
        if (!scope.coversRegion(target.regionCode())) {
            throw ApiException.invalid("TARGET_OUT_OF_SCOPE",
                    List.of(FieldViolation.of("targetAgencyCode", "TARGET_OUT_OF_SCOPE")));
        }
        return store.save(SupervisionLetter.draft(command.type(), command.letterNo(), scope.agencyCode(),
                target.agencyCode(), target.regionCode(), command.basisKind(), command.basisRef(), command.problems(),
                command.requiredActions(), command.rectificationDays()));
    }

    @SupervisorsOnly
    public SupervisionLetter issue(String id, Long version, LetterCommands.At command) {
        return act(id, version, LetterAccess::supervises,
                l -> l.issue(command == null ? null : command.at(), clock.instant()));
    }

    @AgencyUsersOrSupervisors
    public SupervisionLetter acknowledge(String id, Long version, LetterCommands.At command) {
        return act(id, version, LetterAccess::isTarget,
                l -> l.acknowledge(command == null ? null : command.at(), clock.instant()));
    }

    @AgencyManagement
    public SupervisionLetter respond(String id, Long version, LetterCommands.Respond command) {
        requests.valid(command);
        return act(id, version, LetterAccess::responds, l -> l.respond(command.report(), command.evidence(),
                CurrentScope.get().auditName(), command.at(), clock.instant()));
    }

    @SupervisorsOnly
    public SupervisionLetter verify(String id, Long version, LetterCommands.Verify command) {
        requests.valid(command);
        return act(id, version, LetterAccess::supervises, l -> l.verify(command.ok(), command.note(),
                command.newDueOn(), CurrentScope.get().auditName(), command.at(), clock.instant()));
    }

    @SupervisorsOnly
    public SupervisionLetter escalate(String id, Long version, LetterCommands.Escalate command) {
        requests.valid(command);
        return act(id, version, LetterAccess::supervises,
                l -> l.escalate(command.measure(), command.note(), today(), clock.instant()));
    }

    @SupervisorsOnly
    public SupervisionLetter close(String id, Long version, LetterCommands.At command) {
        return act(id, version, LetterAccess::supervises,
                l -> l.close(command == null ? null : command.at(), clock.instant()));
    }

    @AgencyUsersOrSupervisors
    public SupervisionLetter get(String id) {
        return store.findById(id).filter(l -> LetterAccess.visible(CurrentScope.get(), l))
                .orElseThrow(() -> ApiException.notFound("SupervisionLetter", id));
    }

    @AgencyUsersOrSupervisors
    public Page<SupervisionLetter> search(LetterStatus status, String targetAgencyCode, LocalDate overdueAsOf,
                                          Pageable pageable) {
        return store.search(CurrentScope.get(), status, targetAgencyCode, overdueAsOf, pageable);
    }

    /** The overdue job: letters without a report by their rectification due date are escalated (通报). */
    @CitySupervisorsOnly
    public int escalateOverdue(LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : today();
        int[] escalated = {0};
        store.forEachPastDue(day, l -> {
            if (l.escalateIfOverdue(day, clock.instant())) {
                store.save(l);
                escalated[0]++;
            }
        });
        return escalated[0];
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    private SupervisionLetter act(String id, Long version, BiPredicate<DataScope, SupervisionLetter> allowed,
                                  Consumer<SupervisionLetter> action) {
        DataScope scope = CurrentScope.get();
        SupervisionLetter l = store.findById(id).filter(x -> LetterAccess.visible(scope, x))
                .orElseThrow(() -> ApiException.notFound("SupervisionLetter", id));
        if (!allowed.test(scope, l)) {
            throw ApiException.forbidden("LETTER_ACTION_NOT_ALLOWED");
        }
        Versions.check(l, version);
        action.accept(l);
        return store.save(l);
    }
}
