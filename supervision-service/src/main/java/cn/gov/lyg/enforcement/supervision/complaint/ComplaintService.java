package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import cn.gov.lyg.enforcement.supervision.support.SupervisedAgencies;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersSupervisorsOrHotline;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOrAgencyLeaders;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsHotlineOrSpecialSupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOrHotline;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintChannel;
import cn.gov.lyg.enforcement.supervision.supervisor.SpecialSupervisor;
import cn.gov.lyg.enforcement.supervision.supervisor.SupervisorService;
import cn.gov.lyg.enforcement.supervision.supervisor.SupervisorStatus;
import org.springframework.stereotype.Service;

/**
 * Use cases of complaints 投诉举报: the hotline and the judicial bureaus register them, the bureaus route them, the
 * handling unit signs (or returns), decides on acceptance, handles, extends once, concludes; the bureau verifies the
 * rectification; the reply closes the loop; a dissatisfied complainant reopens. Records outside the caller's scope
 * answer 404; visible records the caller may not act on answer 403 {@code COMPLAINT_ACTION_NOT_ALLOWED}, and every
 * action by an officer the complaint is about answers 403 {@code COMPLAINT_RESPONDENT_RECUSED}.
 */
@Service
public class ComplaintService {

    private final ComplaintStore store;
    private final SupervisedAgencies agencies;
    private final ComplaintDeadlines deadlines;
    private final Requests requests;
    private final SupervisorService specialSupervisors;
    private final Clock clock;

    public ComplaintService(ComplaintStore store, SupervisedAgencies agencies, WorkingDayCalendar calendar,
                            ComplaintPolicy policy, Requests requests, SupervisorService specialSupervisors,
                            Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.deadlines = new ComplaintDeadlines(calendar, policy);
        this.requests = requests;
        this.specialSupervisors = specialSupervisors;
        this.clock = clock;
    }

    /**
     * Registers a complaint. The hotline system: 12345 / 12348 orders only; a judicial bureau: any channel, about
     * agencies of its region; a special supervisor (DOMAIN.md §2.5.7 "can file observations/complaints"): while
     * appointed ({@code SPECIAL_SUPERVISOR_NOT_APPOINTED}), on the {@code SPECIAL_SUPERVISOR} channel only, about
     * agencies of the appointing bureau's region, and is the complainant. A foreign channel is
     * {@code CHANNEL_NOT_ALLOWED}.
     */
    @SupervisorsHotlineOrSpecialSupervisors
    public Complaint receive(ComplaintCommands.Receive command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        boolean hotline = scope.has(Role.HOTLINE) && !scope.isRegionalSupervisor();
        boolean special = scope.has(Role.SPECIAL_SUPERVISOR) && !scope.isRegionalSupervisor() && !hotline;
        if (hotline && !command.channel().hotline()
                || special && command.channel() != ComplaintChannel.SPECIAL_SUPERVISOR) {
            throw ApiException.invalid("CHANNEL_NOT_ALLOWED", List.of(FieldViolation.of("channel",
                    "CHANNEL_NOT_ALLOWED")));
        }
        SpecialSupervisor filer = special ? appointedSpecialSupervisor() : null;
        Agency respondent = agency(command.respondentAgencyCode(), "respondentAgencyCode");
        boolean inRegion = filer != null ? DataScope.covers(filer.getRegionCode(), respondent.regionCode())
                : scope.coversRegion(respondent.regionCode());
        if (!scope.has(Role.HOTLINE) && !inRegion) {
            throw ApiException.forbidden("COMPLAINT_OUT_OF_SCOPE");
        }
        if (command.externalOrderNo() != null && !command.externalOrderNo().isBlank()) {
            store.findByOrder(command.channel(), command.externalOrderNo()).ifPresent(existing -> {
                throw ApiException.conflict("COMPLAINT_DUPLICATE", command.externalOrderNo())
                        .with("complaintId", existing.getId());
            });
        }
        var data = command.complainant();
        Complainant complainant = data == null ? null : new Complainant(data.anonymous() ? null : data.name(),
                data.anonymous() ? null : data.phone(), data.anonymous(), data.contactConsent(),
                data.disclosureConsent());
        if (filer != null) {
            complainant = new Complainant(filer.getName(), data == null ? null : data.phone(), false,
                    data == null || data.contactConsent(), data != null && data.disclosureConsent());
        }
        Complaint c = Complaint.receive(command.channel(), command.kind(), command.externalOrderNo(),
                command.receivedAt(), complainant, respondent.agencyCode(), respondent.regionCode(),
                command.respondentOfficerIds(), command.relatedCaseNo(), command.category(), command.content().trim(),
                scope.clientId(), clock.instant());
        try {
            return store.save(c);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("COMPLAINT_DUPLICATE", command.externalOrderNo());
        }
    }

    @SupervisorsOnly
    public Complaint route(String id, Long version, ComplaintCommands.Route command) {
        requests.valid(command);
        Complaint c = load(id, version, ComplaintAccess::supervisesActions);
        Agency target = agency(command.toAgencyCode(), "toAgencyCode");
        if (!CurrentScope.get().coversRegion(target.regionCode())) {
            throw ApiException.invalid("ROUTE_TARGET_OUT_OF_SCOPE",
                    List.of(FieldViolation.of("toAgencyCode", "ROUTE_TARGET_OUT_OF_SCOPE")));
        }
        c.route(target.agencyCode(), target.regionCode(), command.at(), actor(), deadlines, clock.instant());
        return store.save(c);
    }

    @AgencyUsersOrSupervisors
    public Complaint sign(String id, Long version, ComplaintCommands.At command) {
        return handle(id, version, ComplaintAccess::handles, c -> c.sign(at(command), deadlines, clock.instant()));
    }

    @AgencyUsersOrSupervisors
    public Complaint returnTransfer(String id, Long version, ComplaintCommands.WithReason command) {
        requests.valid(command);
        return handle(id, version, (s, c) -> c.getAssigneeAgencyCode() != null
                        && (s.belongsTo(c.getAssigneeAgencyCode()) || ComplaintAccess.supervisesActions(s, c)),
                c -> c.returnTransfer(command.reason(), command.at(), deadlines, clock.instant()));
    }

    @AgencyUsersOrSupervisors
    public Complaint accept(String id, Long version, ComplaintCommands.At command) {
        return handle(id, version, ComplaintAccess::handles, c -> c.accept(at(command), deadlines, clock.instant()));
    }

    @AgencyUsersOrSupervisors
    public Complaint notAccept(String id, Long version, ComplaintCommands.WithReason command) {
        requests.valid(command);
        return handle(id, version, ComplaintAccess::handles,
                c -> c.notAccept(command.reason(), command.at(), deadlines, clock.instant()));
    }

    @AgencyUsersOrSupervisors
    public Complaint investigate(String id, Long version, ComplaintCommands.At command) {
        return handle(id, version, ComplaintAccess::handles, c -> c.investigate(at(command), clock.instant()));
    }

    @SupervisorsOrAgencyLeaders
    public Complaint extend(String id, Long version, ComplaintCommands.Extend command) {
        requests.valid(command);
        return handle(id, version, ComplaintAccess::approvesExtension, c -> c.extend(command.workingDays(),
                command.reason(), command.approvedBy(), command.at(), deadlines, clock.instant()));
    }

    @AgencyUsersOrSupervisors
    public Complaint conclude(String id, Long version, ComplaintCommands.Conclude command) {
        requests.valid(command);
        return handle(id, version, ComplaintAccess::handles, c -> c.conclude(command.finding(), command.note(),
                command.rectificationDueOn(), command.at(), deadlines, clock.instant()));
    }

    @AgencyUsersOrSupervisors
    public Complaint submitRectification(String id, Long version, ComplaintCommands.SubmitRectification command) {
        requests.valid(command);
        return handle(id, version, (s, c) -> s.belongsTo(c.getRespondentAgencyCode()) || ComplaintAccess.handles(s, c),
                c -> c.submitRectification(command.report(), command.at(), clock.instant()));
    }

    @SupervisorsOnly
    public Complaint verify(String id, Long version, ComplaintCommands.Verify command) {
        requests.valid(command);
        return handle(id, version, ComplaintAccess::supervisesActions, c -> c.verify(command.ok(), command.note(),
                command.newDueOn(), actor(), command.at(), deadlines, clock.instant()));
    }

    @AgencyUsersOrSupervisors
    public Complaint reply(String id, Long version, ComplaintCommands.Reply command) {
        requests.valid(command);
        return handle(id, version, ComplaintAccess::handles,
                c -> c.reply(command.method(), command.at(), clock.instant()));
    }

    @SupervisorsOnly
    public Complaint close(String id, Long version, ComplaintCommands.Close command) {
        ComplaintCommands.Close body = command == null ? new ComplaintCommands.Close(null, null) : command;
        requests.valid(body);
        return handle(id, version, ComplaintAccess::supervisesActions,
                c -> c.close(body.satisfaction(), body.at(), clock.instant()));
    }

    @SupervisorsOrHotline
    public Complaint reopen(String id, Long version, ComplaintCommands.WithReason command) {
        requests.valid(command);
        return handle(id, version, (s, c) -> ComplaintAccess.supervisesActions(s, c)
                        || (s.has(Role.HOTLINE) && c.getChannel().hotline()),
                c -> c.reopen(command.reason(), command.at(), deadlines, clock.instant()));
    }

    @SupervisorsOnly
    public Complaint urge(String id, Long version, ComplaintCommands.Urge command) {
        ComplaintCommands.Urge body = command == null ? new ComplaintCommands.Urge(null, null) : command;
        requests.valid(body);
        return handle(id, version, ComplaintAccess::supervisesActions,
                c -> c.urge(body.note(), actor(), body.at(), clock.instant()));
    }

    @AgencyUsersSupervisorsOrHotline
    public Complaint get(String id) {
        return store.findById(id).filter(c -> ComplaintAccess.visible(CurrentScope.get(), c))
                .orElseThrow(() -> ApiException.notFound("Complaint", id));
    }

    @AgencyUsersSupervisorsOrHotline
    public Page<Complaint> search(ComplaintFilter filter, Pageable pageable) {
        return store.search(filter, CurrentScope.get(), pageable);
    }

    /**
     * The overdue job for {@code asOf} (default today): flags every complaint whose current deadline passed, once per
     * stage, and escalates those past the escalation threshold. Safe to repeat.
     */
    @CitySupervisorsOnly
    public OverdueRun flagOverdue(LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : today();
        AtomicInteger flagged = new AtomicInteger();
        AtomicInteger escalated = new AtomicInteger();
        store.forEachPastDue(day, c -> {
            boolean wasEscalated = c.isEscalated();
            String upper = agencies.upperRegionCode(c.getRespondentAgencyCode(), c.getRespondentRegionCode());
            if (c.flagOverdue(day, upper, deadlines, clock.instant())) {
                store.save(c);
                flagged.incrementAndGet();
                if (!wasEscalated && c.isEscalated()) {
                    escalated.incrementAndGet();
                }
            }
        });
        return new OverdueRun(day, flagged.get(), escalated.get());
    }

    public record OverdueRun(LocalDate asOf, int changed, int escalated) {
    }

    public ComplaintView view(Complaint c, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : today();
        int past = c.getCurrentDueOn() == null ? 0 : deadlines.workingDaysPast(c.getCurrentDueOn(), day);
        return ComplaintView.of(c, ComplaintAccess.seesIdentity(CurrentScope.get(), c), day, past);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    private Complaint handle(String id, Long version, BiPredicate<DataScope, Complaint> allowed,
                             java.util.function.Consumer<Complaint> action) {
        Complaint c = load(id, version, allowed);
        action.accept(c);
        return store.save(c);
    }

    private Complaint load(String id, Long version, BiPredicate<DataScope, Complaint> allowed) {
        DataScope scope = CurrentScope.get();
        Complaint c = store.findById(id).filter(x -> ComplaintAccess.visible(scope, x))
                .orElseThrow(() -> ApiException.notFound("Complaint", id));
        if (ComplaintAccess.recused(scope, c)) {
            throw ApiException.forbidden("COMPLAINT_RESPONDENT_RECUSED");
        }
        if (!allowed.test(scope, c)) {
            throw ApiException.forbidden("COMPLAINT_ACTION_NOT_ALLOWED");
        }
        Versions.check(c, version);
        return c;
    }

    /** The calling special supervisor's record, appointed today; otherwise 403. */
    private SpecialSupervisor appointedSpecialSupervisor() {
        SpecialSupervisor me;
        try {
            me = specialSupervisors.me();
        } catch (ApiException e) {
            throw ApiException.forbidden("SPECIAL_SUPERVISOR_NOT_APPOINTED");
        }
        if (me.statusOn(today()) != SupervisorStatus.APPOINTED) {
            throw ApiException.forbidden("SPECIAL_SUPERVISOR_NOT_APPOINTED");
        }
        return me;
    }

    private Agency agency(String code, String field) {
        return agencies.active(code).orElseThrow(() -> ApiException.invalid("AGENCY_UNKNOWN",
                List.of(FieldViolation.of(field, "AGENCY_UNKNOWN"))));
    }

    private static Instant at(ComplaintCommands.At command) {
        return command == null ? null : command.at();
    }

    private static String actor() {
        return CurrentScope.get().auditName();
    }
}
