package cn.gov.lyg.enforcement.inspection.inspection;

import cn.gov.lyg.enforcement.inspection.coordination.CoordinationService;
import cn.gov.lyg.enforcement.inspection.coordination.RepeatedInspectionFound;
import cn.gov.lyg.enforcement.inspection.coordination.Visit;
import cn.gov.lyg.enforcement.inspection.coordination.VisitStatus;
import cn.gov.lyg.enforcement.inspection.eligibility.EligibilityService;
import cn.gov.lyg.enforcement.inspection.eligibility.OfficerEligibilityChanged;
import cn.gov.lyg.enforcement.inspection.entity.EntityService;
import cn.gov.lyg.enforcement.inspection.entity.InspectedEntity;
import cn.gov.lyg.enforcement.inspection.item.ItemService;
import cn.gov.lyg.enforcement.inspection.plan.PlanService;
import cn.gov.lyg.enforcement.inspection.publicity.PublicityDeadline;
import cn.gov.lyg.enforcement.inspection.record.GeoPoint;
import cn.gov.lyg.enforcement.inspection.record.MobileCapture;
import cn.gov.lyg.enforcement.inspection.record.MobileRecordRules;
import cn.gov.lyg.enforcement.inspection.record.ResultCodeRules;
import cn.gov.lyg.enforcement.inspection.shared.EnforcementAgencies;
import cn.gov.lyg.enforcement.inspection.shared.PartyIdCipher;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.inspection.team.MemberKind;
import cn.gov.lyg.enforcement.inspection.team.MemberProblem;
import cn.gov.lyg.enforcement.inspection.team.TeamContext;
import cn.gov.lyg.enforcement.inspection.team.TeamMember;
import cn.gov.lyg.enforcement.inspection.team.TeamRules;
import cn.gov.lyg.enforcement.platform.identifier.CitizenIdNumber;
import cn.gov.lyg.enforcement.platform.identifier.InvalidIdentifierException;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Inspections: planning with a team, start, mobile submission, confirmation and publicity. The team rules are
 * evaluated against the eligibility projection at assignment, at start (on that day) and at submission (on the
 * capture day); personnel's events re-check open inspections of the officer ({@code TEAM_INVALID}).
 */
@Service
public class InspectionService {

    private static final Logger log = LoggerFactory.getLogger(InspectionService.class);

    private final InspectionStore store;
    private final EntityService entities;
    private final EligibilityService eligibility;
    private final TeamRules teamRules;
    private final ResultCodeRules resultRules;
    private final MobileRecordRules mobileRules;
    private final PublicityDeadline publicity;
    private final PlanService plans;
    private final Clock clock;

    private final ItemService items;
    private final EnforcementAgencies agencies;
    private final CoordinationService coordination;
    private final MethodRules methods = new MethodRules();
    private final PartyIdCipher partyIds;

    InspectionService(InspectionStore store, EntityService entities, EligibilityService eligibility,
                      TeamRules teamRules, ResultCodeRules resultRules, MobileRecordRules mobileRules,
                      PublicityDeadline publicity, PlanService plans, ItemService items, EnforcementAgencies agencies,
                      CoordinationService coordination, PartyIdCipher partyIds, Clock clock) {
        this.store = store;
        this.partyIds = partyIds;
        this.coordination = coordination;
        this.agencies = agencies;
        this.items = items;
        this.entities = entities;
        this.eligibility = eligibility;
        this.teamRules = teamRules;
        this.resultRules = resultRules;
        this.mobileRules = mobileRules;
        this.publicity = publicity;
        this.plans = plans;
        this.clock = clock;
    }

    @AgencyAdminsOnly
    public Inspection create(InspectionRequests.Create r) {
        DataScope scope = CurrentScope.get();
        if (scope.agencyCode() == null) {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        }
        if (r.uscc() == null) {
            throw RuleViolation.invalid("USCC_LENGTH").with("field", "uscc");
        }
        String citizen = r.partyIdCardNo() == null || r.partyIdCardNo().isBlank() ? null : citizenId(r.partyIdCardNo());
        String citizenStored = citizen == null ? null : partyIds.encrypt(citizen);
        agencies.requireInspectingAgency(scope.agencyCode());
        InspectedEntity entity = entities.get(r.uscc());
        LocalDate today = LocalDate.now(clock);
        // I4: ROUTINE and SPECIAL inspections need a published plan task covering the planned date
        if ((r.kind() == InspectionKind.ROUTINE || r.kind() == InspectionKind.SPECIAL) && r.plannedDate() != null
                && !plans.published(scope.agencyCode(), r.kind().name(), r.plannedDate())) {
            throw RuleViolation.conflict("PLAN_NOT_PUBLISHED", r.kind().displayName());
        }
        items.requireUsable(scope.agencyCode(), r.itemIds(), r.plannedDate() != null ? r.plannedDate() : today);
        String creditClass = entity.getCreditClass() == null ? null : entity.getCreditClass().name();
        InspectionKind kind = r.kind();
        boolean recognizes = r.recognizedInspectionId() != null && !r.recognizedInspectionId().isBlank();
        InspectionMethod method = kind == null ? null
                : methods.resolve(kind, r.method(), creditClass, entity.isKeySupervision(), recognizes);
        if (kind != null) {
            methods.requireNonSiteAllowed(kind, creditClass, entity.isKeySupervision(),
                    r.spotCheckTaskId() != null && !r.spotCheckTaskId().isBlank());
        }
        if (recognizes) {
            requireRecognizable(r.recognizedInspectionId(), scope.agencyCode(), entity.getId());
        }
        if (kind != null && r.plannedDate() != null && kind.countsTowardCap()) {
            // early answer; decided again, against concurrent plannings, by the reservation below
            requireMerged(entity.getId(), scope.agencyCode(), r.plannedDate());
        }
        String prefix = "JC-" + scope.regionCode() + "-" + today.getYear() + "-";
        String no = prefix + String.format("%06d", store.nextNumber(prefix));
        Inspection i = Inspection.plan(no, scope.agencyCode(), scope.regionCode(), r.kind(), r.triggerRef(),
                r.spotCheckTaskId(), entity.getId(), entity.getRegionCode(), r.itemIds(), r.itemDomains(),
                r.plannedDate());
        i.carryOut(method, recognizes ? r.recognizedInspectionId() : null);
        if (citizen != null) {
            i.citizenParty(citizenStored, PartyIdCipher.mask(citizen));
        }
        coordination.requireWithinCap(visit(i), entity.getId(), entity.getRegionCode(), creditClass);
        if (r.team() != null && !r.team().isEmpty()) {
            i.assign(teamRules.validate(members(r.team()), context(i, i.getPlannedDate()), eligibility),
                    scope.auditName(), clock.instant());
        }
        // The register first, then the inspection (CoordinationService.reserve): the reservation decides merge and
        // cap against concurrent plannings (optimistic lock on the enterprise's register) and is the source of
        // detection. A crash between the two writes leaves a reserved visit without inspection, which the merge rule
        // ignores and the next reservation drops after a grace period; never an inspection the register misses.
        Visit visit = visit(i);
        RepeatedInspectionFound repeated = coordination.reserve(visit, entity.getId(), entity.getRegionCode(),
                creditClass, this::visitState);
        Inspection saved;
        try {
            saved = store.save(i);
        } catch (RuntimeException e) {
            try {
                coordination.release(visit, entity.getId(), entity.getRegionCode());
            } catch (RuntimeException releaseFailed) {
                e.addSuppressed(releaseFailed); // left to the reconciliation of the next reservation
            }
            throw e;
        }
        coordination.announce(repeated);
        if (kind.countsTowardCap()) {
            entities.countInspection(entity.getId(), scope.agencyCode(), r.plannedDate().getYear());
        }
        return saved;
    }

    /**
     * The same agency merges its inspections of one enterprise in one window into one visit (DOMAIN.md I6): a further
     * mergeable inspection while one is open is refused with the open one as the place to add the items.
     */
    private void requireMerged(String uscc, String agencyCode, LocalDate planned) {
        for (Visit v : coordination.sameAgencyInWindow(uscc, agencyCode, true, planned)) {
            store.find(v.inspectionId()).filter(open -> open.getStatus() == InspectionStatus.PLANNED
                    || open.getStatus() == InspectionStatus.IN_PROGRESS).ifPresent(open -> {
                        throw RuleViolation.conflict("MUST_MERGE_SAME_AGENCY", open.getInspectionNo())
                                .with("existingInspectionId", open.getId())
                                .with("existingInspectionNo", open.getInspectionNo())
                                .with("suggestion", "POST /api/inspections/v1/inspections/" + open.getId() + "/items");
                    });
        }
    }

    /** The state of an inspection behind a visit of the enterprise register. */
    private VisitStatus.State visitState(String inspectionId) {
        return store.find(inspectionId).map(open -> open.getStatus() == InspectionStatus.PLANNED
                || open.getStatus() == InspectionStatus.IN_PROGRESS ? VisitStatus.State.OPEN
                : VisitStatus.State.CLOSED).orElse(VisitStatus.State.MISSING);
    }

    /**
     * 结果互认: another agency's confirmed (or publicised) inspection of the same enterprise whose result this
     * agency recognises instead of visiting again ({@code RECOGNIZED_RESULT_INVALID} otherwise).
     */
    private void requireRecognizable(String recognizedId, String agencyCode, String uscc) {
        Inspection other = store.find(recognizedId).orElse(null);
        if (other == null || !other.getUscc().equals(uscc) || other.getAgencyCode().equals(agencyCode)
                || !(other.getStatus() == InspectionStatus.CONFIRMED
                || other.getStatus() == InspectionStatus.PUBLICIZED)) {
            throw RuleViolation.invalid("RECOGNIZED_RESULT_INVALID", recognizedId)
                    .with("field", "recognizedInspectionId");
        }
    }

    /** Adds items to an open inspection of the caller's agency (the merge {@code MUST_MERGE_SAME_AGENCY} asks for). */
    @AgencyAdminsOnly
    public Inspection addItems(String id, Long expectedVersion, InspectionRequests.Items body) {
        Inspection i = own(id);
        if (expectedVersion != null) {
            Versions.check(i, expectedVersion);
        }
        if (body == null || body.itemIds() == null || body.itemIds().isEmpty()) {
            throw RuleViolation.invalid("INSPECTION_ITEMS_REQUIRED").with("field", "itemIds");
        }
        items.requireUsable(i.getAgencyCode(), body.itemIds(), later(i.getPlannedDate()));
        if (i.addItems(body.itemIds(), body.itemDomains(), CurrentScope.get().auditName())) {
            i = store.save(i);
            coordination.replace(visit(i), i.getUscc(), i.getEntityRegion());
        }
        return i;
    }

    /**
     * For the joint-inspection feature: links the inspections to the joint inspection and moves planned visits to
     * its date (the caller decided authorization and that they belong to the participants).
     */
    public void joinJoint(List<String> inspectionIds, String jointId, LocalDate jointDate) {
        for (String inspectionId : inspectionIds) {
            for (int attempt = 0; attempt < 5; attempt++) {
                Inspection i = store.find(inspectionId).orElse(null);
                if (i == null) {
                    break;
                }
                LocalDate before = i.getPlannedDate();
                i.joinJoint(jointId, jointDate);
                try {
                    Inspection saved = store.save(i);
                    if (!before.equals(saved.getPlannedDate())) {
                        coordination.replace(visit(saved), saved.getUscc(), saved.getEntityRegion());
                    }
                    break;
                } catch (OptimisticLockingFailureException e) {
                    log.debug("retrying the joint link of {}", inspectionId);
                }
            }
        }
    }

    /** For the other features: an inspection by id, whatever the caller's scope (they decided it). */
    public java.util.Optional<Inspection> find(String id) {
        return store.find(id);
    }

    private static Visit visit(Inspection i) {
        return new Visit(i.getId(), i.getInspectionNo(), i.getAgencyCode(), i.getKind().name(),
                i.getKind().countsTowardCap(), i.getKind().triggered(), i.getKind().onSite(), i.getPlannedDate(),
                i.getItemDomains());
    }

    public Inspection get(String id) {
        DataScope scope = CurrentScope.get();
        return store.find(id).filter(i -> scope.belongsTo(i.getAgencyCode())
                        || (scope.isRegionalSupervisor() && scope.regionCode() != null
                        && scope.coversRegion(i.getAgencyRegion())))
                .orElseThrow(() -> ApiException.notFound("行政检查", id));
    }

    private Inspection own(String id) {
        Inspection i = get(id);
        if (!CurrentScope.get().belongsTo(i.getAgencyCode())) {
            throw ApiException.forbidden("NOT_INSPECTION_AGENCY");
        }
        return i;
    }

    public Page<Inspection> list(InspectionStatus status, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        Criteria c = Criteria.where("agencyCode").is(scope.agencyCode());
        if (status != null) {
            c = c.and("status").is(status);
        }
        return store.page(c, pageable);
    }

    /** Assigns (or replaces) the team: every member checked against the projection for the planned date. */
    public Inspection assignTeam(String id, Long expectedVersion, List<InspectionRequests.Member> members) {
        Inspection i = own(id);
        if (expectedVersion != null) {
            Versions.check(i, expectedVersion);
        }
        LocalDate date = i.getStatus() == InspectionStatus.PLANNED ? later(i.getPlannedDate()) : LocalDate.now(clock);
        i.assign(teamRules.validate(members(members), context(i, date), eligibility),
                CurrentScope.get().auditName(), clock.instant());
        return store.save(i);
    }

    public Inspection start(String id) {
        Inspection i = own(id);
        LocalDate today = LocalDate.now(clock);
        recheck(i, today);
        if (i.getTeam().isEmpty()) {
            throw RuleViolation.invalid("MIN_TWO_QUALIFIED_OFFICERS", 0);
        }
        if (i.isTeamInvalid()) {
            store.save(i);
            throw teamInvalid(i);
        }
        i.start(clock.instant());
        return store.save(i);
    }

    /** A mobile record; the same device record id again answers the stored inspection unchanged. */
    public Inspection submit(String id, InspectionRequests.Submission s) {
        Inspection i = own(id);
        if (s.deviceRecordId() != null && i.record(s.deviceRecordId()).isPresent()) {
            return i;
        }
        Instant now = clock.instant();
        MobileCapture capture = new MobileCapture(s.deviceId(), s.deviceRecordId(), s.capturedAt(), s.location(),
                s.locationReason(), Boolean.TRUE.equals(s.inspectionCodeScanned()), s.inspectionCodeReason(),
                s.evidence());
        InspectedEntity entity = entities.get(i.getUscc());
        GeoPoint registered = entity.getLatitude() == null ? null
                : new GeoPoint(entity.getLatitude(), entity.getLongitude(), null);
        mobileRules.check(capture, registered, now);
        resultRules.check(s.resultCodes(), s.followUpActions());
        if (i.getTeam().isEmpty()) {
            throw RuleViolation.invalid("MIN_TWO_QUALIFIED_OFFICERS", 0);
        }
        // members must have been assignable when the record was captured
        LocalDate captured = LocalDate.ofInstant(s.capturedAt(), clock.getZone());
        // a citizen party's recusals are asked from personnel: personnel not answering refuses the record (503)
        List<MemberProblem> problems = teamRules.memberProblems(i.getTeam(), context(i, captured), eligibility);
        if (!problems.isEmpty() || !teamRules.stillValid(i.getTeam(), problems)) {
            i.recheck(problems, false, clock.instant());
            store.save(i);
            throw teamInvalid(i);
        }
        i.submit(new OnSiteRecord(s.deviceId(), s.deviceRecordId(), s.capturedAt(), now, s.location(),
                s.locationReason(), Boolean.TRUE.equals(s.inspectionCodeScanned()), s.inspectionCodeReason(),
                capture.evidence(), s.resultCodes(), s.followUpActions(), s.notes(), CurrentScope.get().auditName()));
        return store.save(i);
    }

    public Inspection confirm(String id) {
        Inspection i = own(id);
        Instant now = clock.instant();
        i.confirm(now, publicity.dueDate(LocalDate.ofInstant(now, clock.getZone())));
        return store.save(i);
    }

    public Inspection publicize(String id) {
        Inspection i = own(id);
        Instant now = clock.instant();
        i.publicize(now, LocalDate.ofInstant(now, clock.getZone()));
        return store.save(i);
    }

    /** The publicised results of a spot-check task, for the public disclosure (no token, no credit class). */
    public List<PublicResult> publicResults(String spotCheckTaskId) {
        return store.publicizedOfTask(spotCheckTaskId).stream().map(i -> new PublicResult(i.getInspectionNo(),
                i.getUscc(), i.getItemIds(), i.getRecords().isEmpty() ? List.of()
                : i.getRecords().get(i.getRecords().size() - 1).resultCodes(), i.getPublicizedAt())).toList();
    }

    /** personnel changed something about an officer: re-check that officer's open inspections. */
    @EventListener
    public void onEligibilityChanged(OfficerEligibilityChanged change) {
        for (Inspection i : store.openWithMember(change.officerId())) {
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    Inspection fresh = attempt == 0 ? i : store.find(i.getId()).orElseThrow();
                    LocalDate date = fresh.getStatus() == InspectionStatus.PLANNED ? later(fresh.getPlannedDate())
                            : LocalDate.now(clock);
                    if (recheckQuietly(fresh, date)) {
                        store.save(fresh);
                        log.info("inspection {} team {} after {} of officer {}", fresh.getInspectionNo(),
                                fresh.isTeamInvalid() ? "TEAM_INVALID" : "valid again", change.cause(),
                                change.officerId());
                    }
                    break;
                } catch (OptimisticLockingFailureException e) {
                    log.debug("retrying the team re-check of {}", i.getId());
                }
            }
        }
    }

    /**
     * The re-check after a personnel event: when personnel cannot answer a citizen party's recusal check, the team is
     * left as it is (start and submission check again, and refuse while personnel does not answer).
     */
    private boolean recheckQuietly(Inspection i, LocalDate date) {
        try {
            return recheck(i, date);
        } catch (ApiException e) {
            if (e.status().value() != 503) {
                throw e;
            }
            log.warn("inspection {}: team not re-checked, {}", i.getInspectionNo(), e.code());
            return false;
        }
    }

    private boolean recheck(Inspection i, LocalDate date) {
        if (i.getTeam().isEmpty()) {
            return false;
        }
        List<MemberProblem> problems = teamRules.memberProblems(i.getTeam(), context(i, date), eligibility);
        return i.recheck(problems, teamRules.stillValid(i.getTeam(), problems), clock.instant());
    }

    private RuleViolation teamInvalid(Inspection i) {
        RuleViolation v = RuleViolation.conflict("TEAM_INVALID");
        if (!i.getTeamProblems().isEmpty()) {
            MemberProblem p = i.getTeamProblems().get(0);
            v.with("personId", p.personId()).with("memberCode", p.code()).with("reasons", p.reasons());
        }
        return v;
    }

    private LocalDate later(LocalDate planned) {
        LocalDate today = LocalDate.now(clock);
        return planned == null || planned.isBefore(today) ? today : planned;
    }

    /** The team context of an inspection on a date, with its citizen party's ID number decrypted for the check. */
    private TeamContext context(Inspection i, LocalDate date) {
        String citizen = i.getCitizenPartyEncrypted() == null ? null : partyIds.decrypt(i.getCitizenPartyEncrypted());
        return new TeamContext(i.getAgencyCode(), date, i.getItemDomains(), i.getEntityRegion(), i.getUscc(), citizen);
    }

    private String citizenId(String raw) {
        try {
            return CitizenIdNumber.of(raw, clock).value();
        } catch (InvalidIdentifierException e) {
            throw ApiException.invalid(e.code(), List.of(FieldViolation.of("partyIdCardNo", e.code())));
        }
    }

    private static List<TeamMember> members(List<InspectionRequests.Member> members) {
        if (members == null) {
            return List.of();
        }
        return members.stream().map(m -> new TeamMember(m.personId() == null ? "" : m.personId(),
                m.kind() == null ? MemberKind.OFFICER : m.kind(), m.role())).toList();
    }
}
