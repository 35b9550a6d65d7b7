package cn.gov.lyg.enforcement.inspection.joint;

import cn.gov.lyg.enforcement.inspection.coordination.CoordinationRules;
import cn.gov.lyg.enforcement.inspection.coordination.RepeatedInspectionFound;
import cn.gov.lyg.enforcement.inspection.coordination.Visit;
import cn.gov.lyg.enforcement.inspection.entity.EntityService;
import cn.gov.lyg.enforcement.inspection.entity.InspectedEntity;
import cn.gov.lyg.enforcement.inspection.inspection.Inspection;
import cn.gov.lyg.enforcement.inspection.inspection.InspectionService;
import cn.gov.lyg.enforcement.inspection.inspection.InspectionStatus;
import cn.gov.lyg.enforcement.inspection.shared.EnforcementAgencies;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.inspection.spotcheck.JointSpotCheckDrawn;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.InspectionReaders;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * 综合查一次: merge proposals when several agencies plan inspections of one enterprise in one window, joint
 * inspections set up by a lead agency, agreement, the visit day, participants-only visibility and the one combined
 * report built from each participant's own inspection results.
 */
@Service
public class JointService {

    private static final Logger log = LoggerFactory.getLogger(JointService.class);
    private static final Set<InspectionStatus> SUBMITTED = EnumSet.of(InspectionStatus.SUBMITTED,
            InspectionStatus.CONFIRMED, InspectionStatus.PUBLICIZED);

    private final JointStore store;
    private final JointRules rules;
    private final InspectionService inspections;
    private final EntityService entities;
    private final EnforcementAgencies agencies;
    private final Clock clock;

    JointService(JointStore store, JointRules rules, InspectionService inspections, EntityService entities,
                 EnforcementAgencies agencies, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.inspections = inspections;
        this.entities = entities;
        this.agencies = agencies;
        this.clock = clock;
    }

    /**
     * A second (or further) agency planned a mergeable inspection of the enterprise in the window: propose a joint
     * inspection, or add the newcomer to the open one. Never fails the planning itself (logged instead).
     */
    @EventListener
    public void onRepeated(RepeatedInspectionFound found) {
        try {
            propose(found);
        } catch (RuntimeException e) {
            log.warn("no joint inspection proposed for {} in {}: {}", found.uscc(), found.windowStart(), e.toString());
        }
    }

    private void propose(RepeatedInspectionFound found) {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Participant> participants = participants(found.visits());
            Optional<JointScenario> scenario = rules.scenario(industry(found.uscc()),
                    participants.stream().map(Participant::domains).toList());
            String lead = rules.lead(scenario, participants);
            Optional<JointInspection> open = store.open(found.uscc(), found.windowStart());
            JointInspection j;
            if (open.isEmpty()) {
                j = JointInspection.propose("MERGE_PROPOSAL", found.uscc(), found.regionCode(), found.windowStart(),
                        scenario.map(JointScenario::code).orElse(null), lead, participants,
                        rules.visitDay(found.windowStart(), LocalDate.now(clock)), clock.instant());
            } else {
                j = open.get();
                for (Participant p : participants) {
                    for (String inspectionId : p.inspectionIds()) {
                        j.include(new Participant(p.agencyCode(), p.domains(), List.of(), false, null, null, null),
                                inspectionId, j.getScenarioCode() == null ? lead : j.getLeadAgencyCode());
                    }
                }
            }
            try {
                JointInspection saved = store.save(j);
                inspections.joinJoint(saved.inspectionIds(), saved.getId(), null);
                return;
            } catch (OptimisticLockingFailureException e) {
                log.debug("retrying the joint proposal for {}", found.uscc());
            }
        }
    }

    /**
     * A joint spot check was drawn: its targets are common targets of the lead and the participants and are
     * inspected jointly (DOMAIN.md I6), one joint inspection per target, agreed by taking part in the task, led by
     * the task's agency, on the month's 综合检查日.
     */
    @EventListener
    public void onJointSpotCheck(JointSpotCheckDrawn drawn) {
        List<String> codes = new ArrayList<>();
        codes.add(drawn.leadAgencyCode());
        drawn.participatingAgencyCodes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        LocalDate day = rules.visitDay(drawn.drawnOn().withDayOfMonth(1), drawn.drawnOn());
        for (JointSpotCheckDrawn.Target t : drawn.targets()) {
            List<Participant> participants = codes.stream().map(c -> new Participant(c, agencies.domains(c),
                    List.of(), false, null, null, null)).toList();
            JointInspection j = JointInspection.propose("JOINT_SPOT_CHECK", t.uscc(), t.regionCode(),
                    day.withDayOfMonth(1), null, drawn.leadAgencyCode(), participants, day, clock.instant());
            codes.forEach(c -> j.agree(c, "joint spot check " + drawn.taskCode(), clock.instant()));
            store.save(j);
        }
    }

    private List<Participant> participants(List<Visit> visits) {
        Map<String, List<Visit>> byAgency = new LinkedHashMap<>();
        visits.stream().sorted(java.util.Comparator.comparing(Visit::plannedDate).thenComparing(Visit::inspectionNo))
                .forEach(v -> byAgency.computeIfAbsent(v.agencyCode(), k -> new ArrayList<>()).add(v));
        List<Participant> out = new ArrayList<>();
        byAgency.forEach((agency, list) -> {
            Set<String> domains = new LinkedHashSet<>();
            list.forEach(v -> domains.addAll(v.domains()));
            domains.addAll(agencies.domains(agency));
            out.add(new Participant(agency, domains, list.stream().map(Visit::inspectionId).toList(), false, null,
                    null, null));
        });
        return out;
    }

    private String industry(String uscc) {
        try {
            InspectedEntity e = entities.get(uscc);
            return e.getIndustryCode();
        } catch (RuntimeException notVisible) {
            return null;
        }
    }

    /** A joint inspection set up by the caller's agency (it takes part) with the named agencies. */
    @AgencyAdminsOnly
    public JointInspection create(JointRequests.Create r) {
        DataScope scope = CurrentScope.get();
        String own = requireAgency(scope);
        if (r == null || r.uscc() == null || r.uscc().isBlank()) {
            throw RuleViolation.invalid("USCC_LENGTH").with("field", "uscc");
        }
        InspectedEntity entity = entities.get(r.uscc());
        Set<String> codes = new LinkedHashSet<>();
        codes.add(own);
        if (r.participantAgencyCodes() != null) {
            codes.addAll(r.participantAgencyCodes());
        }
        if (codes.size() < 2) {
            throw RuleViolation.invalid("JOINT_NEEDS_TWO_AGENCIES").with("field", "participantAgencyCodes");
        }
        codes.forEach(agencies::requireInspectingAgency);
        List<String> ownInspections = r.inspectionIds() == null ? List.of() : r.inspectionIds();
        for (String id : ownInspections) {
            requireOwnInspection(id, own, entity.getId());
        }
        List<Participant> participants = codes.stream().map(code -> new Participant(code, agencies.domains(code),
                code.equals(own) ? ownInspections : List.of(), false, null, null, null)).toList();
        Optional<JointScenario> scenario = r.scenarioCode() != null ? Optional.of(rules.scenario(r.scenarioCode())
                .orElseThrow(() -> RuleViolation.invalid("JOINT_SCENARIO_UNKNOWN", r.scenarioCode())
                        .with("field", "scenarioCode")))
                : rules.scenario(entity.getIndustryCode(), participants.stream().map(Participant::domains).toList());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = r.plannedDate() != null ? r.plannedDate() : rules.visitDay(today.withDayOfMonth(1), today);
        if (day.isBefore(today)) {
            throw RuleViolation.invalid("JOINT_DATE_IN_PAST").with("field", "plannedDate");
        }
        JointInspection j = JointInspection.propose("MANUAL", entity.getId(), entity.getRegionCode(),
                CoordinationRules.window(day).start(), scenario.map(JointScenario::code).orElse(null),
                rules.lead(scenario, participants), participants, day, clock.instant());
        j.agree(own, scope.auditName(), clock.instant());
        JointInspection saved = store.save(j);
        inspections.joinJoint(ownInspections, saved.getId(), null);
        return saved;
    }

    /** A participant (or a supervisor of the region); everyone else gets 404 (no existence leak). */
    @InspectionReaders
    public JointInspection get(String id) {
        DataScope scope = CurrentScope.get();
        return store.find(id).filter(j -> visible(j, scope)).orElseThrow(() -> ApiException.notFound("综合查一次", id));
    }

    private static boolean visible(JointInspection j, DataScope scope) {
        return scope.agencyCode() != null && j.getParticipantCodes().contains(scope.agencyCode())
                || scope.isRegionalSupervisor() && scope.regionCode() != null && scope.coversRegion(j.getRegionCode());
    }

    @InspectionReaders
    public Page<JointInspection> list(JointStatus status, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        Criteria c;
        if (scope.isRegionalSupervisor() && scope.regionCode() != null) {
            c = ScopeCriteria.inRegion(scope.regionCode());
        } else if (scope.agencyCode() != null) {
            c = Criteria.where("participantCodes").is(scope.agencyCode());
        } else {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        }
        if (status != null) {
            c = new Criteria().andOperator(c, Criteria.where("status").is(status));
        }
        return store.page(c, pageable);
    }

    /** The caller's agency agrees to the joint visit; all agreed → AGREED. */
    @AgencyAdminsOnly
    public JointInspection agree(String id, Long expectedVersion) {
        return change(id, expectedVersion, (j, scope) -> j.agree(participantOf(j, scope), scope.auditName(),
                clock.instant()));
    }

    @AgencyAdminsOnly
    public JointInspection decline(String id, Long expectedVersion, JointRequests.Decline body) {
        return change(id, expectedVersion, (j, scope) -> j.decline(participantOf(j, scope),
                body == null ? null : body.reason(), scope.auditName()));
    }

    /** The caller's agency adds one of its inspections of the enterprise. */
    @AgencyAdminsOnly
    public JointInspection attach(String id, Long expectedVersion, JointRequests.Attach body) {
        if (body == null || body.inspectionId() == null) {
            throw RuleViolation.invalid("INSPECTION_ID_REQUIRED").with("field", "inspectionId");
        }
        JointInspection saved = change(id, expectedVersion, (j, scope) -> {
            String own = participantOf(j, scope);
            requireOwnInspection(body.inspectionId(), own, j.getUscc());
            Participant me = j.participant(own).orElseThrow();
            j.include(me, body.inspectionId(), j.getLeadAgencyCode());
        });
        inspections.joinJoint(List.of(body.inspectionId()), saved.getId(),
                saved.getStatus() == JointStatus.SCHEDULED ? saved.getPlannedDate() : null);
        return saved;
    }

    /** The lead fixes the visit day (default the 综合检查日); every participant's inspection moves to it. */
    @AgencyAdminsOnly
    public JointInspection schedule(String id, Long expectedVersion, JointRequests.Schedule body) {
        JointInspection saved = change(id, expectedVersion, (j, scope) -> {
            requireLead(j, scope);
            LocalDate today = LocalDate.now(clock);
            LocalDate day = body != null && body.plannedDate() != null ? body.plannedDate()
                    : j.getPlannedDate() != null && !j.getPlannedDate().isBefore(today) ? j.getPlannedDate()
                    : rules.visitDay(j.getWindowStart(), today);
            if (day.isBefore(today)) {
                throw RuleViolation.invalid("JOINT_DATE_IN_PAST").with("field", "plannedDate");
            }
            j.schedule(day, CoordinationRules.window(j.getWindowStart()).end());
        });
        inspections.joinJoint(saved.inspectionIds(), saved.getId(), saved.getPlannedDate());
        return saved;
    }

    /** The caller's agency's internal notes (hidden from the other participants). */
    @AgencyAdminsOnly
    public JointInspection notes(String id, Long expectedVersion, JointRequests.Notes body) {
        return change(id, expectedVersion, (j, scope) -> j.notes(participantOf(j, scope),
                body == null ? null : body.text()));
    }

    /**
     * The one combined report, by the lead, once every participant's inspections are submitted: a section per
     * inspection with its own items and results ({@code JOINT_RESULTS_MISSING} names the agencies still missing).
     */
    @AgencyAdminsOnly
    public JointInspection report(String id, Long expectedVersion, JointRequests.Report body) {
        return change(id, expectedVersion, (j, scope) -> {
            requireLead(j, scope);
            Map<String, Inspection> children = new LinkedHashMap<>();
            j.inspectionIds().forEach(i -> inspections.find(i).ifPresent(x -> children.put(i, x)));
            List<String> missing = rules.missingResults(j.getParticipants(),
                    i -> children.containsKey(i) && SUBMITTED.contains(children.get(i).getStatus()));
            if (!missing.isEmpty()) {
                throw RuleViolation.conflict("JOINT_RESULTS_MISSING", String.join(", ", missing))
                        .with("agencies", missing);
            }
            List<CombinedReport.Section> sections = new ArrayList<>();
            for (Participant p : j.getParticipants()) {
                for (String inspectionId : p.inspectionIds()) {
                    Inspection i = children.get(inspectionId);
                    List<String> followUps = i.getRecords().isEmpty() || i.getRecords().get(i.getRecords().size() - 1)
                            .followUpActions() == null ? List.of() : i.getRecords().get(i.getRecords().size() - 1)
                            .followUpActions().stream().map(Enum::name).toList();
                    sections.add(new CombinedReport.Section(p.agencyCode(), i.getId(), i.getInspectionNo(),
                            i.getItemIds(), i.latestResultCodes(), followUps));
                }
            }
            j.report(new CombinedReport(clock.instant(), scope.auditName(), body == null ? null : body.summary(),
                    sections));
        });
    }

    /** Scenario list (data). */
    @InspectionReaders
    public List<JointScenario> scenarios() {
        return rules.scenarios();
    }

    private JointInspection change(String id, Long expectedVersion,
                                   java.util.function.BiConsumer<JointInspection, DataScope> action) {
        DataScope scope = CurrentScope.get();
        JointInspection j = get(id);
        if (expectedVersion != null) {
            Versions.check(j, expectedVersion);
        }
        action.accept(j, scope);
        return store.save(j);
    }

    private static String participantOf(JointInspection j, DataScope scope) {
        if (scope.agencyCode() == null || j.participant(scope.agencyCode()).isEmpty()) {
            throw ApiException.forbidden("NOT_JOINT_PARTICIPANT");
        }
        return scope.agencyCode();
    }

    private static void requireLead(JointInspection j, DataScope scope) {
        if (!j.getLeadAgencyCode().equals(scope.agencyCode())) {
            throw ApiException.forbidden("NOT_JOINT_LEAD");
        }
    }

    private static String requireAgency(DataScope scope) {
        if (scope.agencyCode() == null) {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        }
        return scope.agencyCode();
    }

    private void requireOwnInspection(String inspectionId, String agencyCode, String uscc) {
        Inspection i = inspections.find(inspectionId).filter(x -> x.getAgencyCode().equals(agencyCode))
                .orElseThrow(() -> RuleViolation.invalid("JOINT_INSPECTION_NOT_OWN", inspectionId)
                        .with("field", "inspectionIds"));
        if (!i.getUscc().equals(uscc)) {
            throw RuleViolation.invalid("JOINT_ENTITY_MISMATCH", inspectionId).with("field", "inspectionIds");
        }
    }
}
