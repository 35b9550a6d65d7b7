package cn.gov.lyg.enforcement.inspection.spotcheck;

import cn.gov.lyg.enforcement.inspection.draw.DrawAudit;
import cn.gov.lyg.enforcement.inspection.draw.DrawCommitment;
import cn.gov.lyg.enforcement.inspection.draw.DrawRequest;
import cn.gov.lyg.enforcement.inspection.draw.DrawResult;
import cn.gov.lyg.enforcement.inspection.draw.DrawVerification;
import cn.gov.lyg.enforcement.inspection.crossdept.CrossDeptService;
import cn.gov.lyg.enforcement.inspection.draw.FrequencyCap;
import cn.gov.lyg.enforcement.inspection.draw.InspectorCandidate;
import cn.gov.lyg.enforcement.inspection.draw.PopulationMember;
import cn.gov.lyg.enforcement.inspection.draw.PopulationSnapshot;
import cn.gov.lyg.enforcement.inspection.draw.SpotCheckDraw;
import cn.gov.lyg.enforcement.inspection.eligibility.EligibilityService;
import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.inspection.entity.EntityFilter;
import cn.gov.lyg.enforcement.inspection.entity.EntityService;
import cn.gov.lyg.enforcement.inspection.item.ItemService;
import cn.gov.lyg.enforcement.inspection.shared.EnforcementAgencies;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.identifier.RegionValidation;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * 双随机 spot checks: create a task (publishing the nonce commitment), draw it once (population snapshot from the
 * directory, inspector pool from the eligibility projection), keep the immutable log, and answer the public
 * announcement and verification.
 */
@Service
public class SpotCheckService {

    private final SpotCheckStore store;
    private final EntityService entities;
    private final EligibilityService eligibility;
    private final SpotCheckDraw algorithm;
    private final RegionCodes regions;
    private final Clock clock;

    private final ItemService items;
    private final EnforcementAgencies agencies;
    private final CrossDeptService crossDept;
    private final ApplicationEventPublisher events;

    SpotCheckService(SpotCheckStore store, EntityService entities, EligibilityService eligibility,
                     SpotCheckDraw algorithm, RegionCodes regions, ItemService items, EnforcementAgencies agencies,
                     CrossDeptService crossDept, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.crossDept = crossDept;
        this.events = events;
        this.agencies = agencies;
        this.items = items;
        this.entities = entities;
        this.eligibility = eligibility;
        this.algorithm = algorithm;
        this.regions = regions;
        this.clock = clock;
    }

    @AgencyAdminsOnly
    public SpotCheckTask create(SpotCheckRequest request) {
        DataScope scope = CurrentScope.get();
        if (scope.agencyCode() == null || scope.regionCode() == null) {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        }
        if (request.regionCodes() != null) {
            for (String code : request.regionCodes()) {
                RegionValidation v = regions.validateForNewRecord(code, "3207");
                if (!v.accepted()) {
                    throw RuleViolation.invalid(v.status().code()).with("field", "regionCodes");
                }
                if (!regions.covers(scope.regionCode(), code)) {
                    throw RuleViolation.invalid("SPOT_CHECK_SCOPE_OUT_OF_REGION", code).with("field", "regionCodes");
                }
            }
        }
        agencies.requireInspectingAgency(scope.agencyCode());
        items.requireUsable(scope.agencyCode(), request.itemIds(), LocalDate.now(clock));
        if (request.crossDeptItemId() != null) {
            List<String> others = request.participatingAgencyCodes() == null ? List.of()
                    : request.participatingAgencyCodes().stream().filter(a -> !a.equals(scope.agencyCode())).toList();
            crossDept.requireJointSpotCheck(request.crossDeptItemId(), scope.agencyCode(), others);
        } else if (request.participatingAgencyCodes() != null && !request.participatingAgencyCodes().isEmpty()) {
            throw RuleViolation.invalid("CROSS_DEPT_ITEM_UNKNOWN", "-").with("field", "crossDeptItemId");
        }
        int year = LocalDate.now(clock).getYear();
        String prefix = "SC-" + scope.regionCode() + "-" + year + "-";
        for (int attempt = 0; ; attempt++) {
            String code = prefix + String.format("%04d", store.countTasks(scope.agencyCode(), prefix) + 1 + attempt);
            try {
                return store.save(SpotCheckTask.create(code, scope.agencyCode(), scope.regionCode(), request,
                        DrawCommitment.newNonce()));
            } catch (DuplicateKeyException e) {
                if (attempt == 5) {
                    throw RuleViolation.conflict("DUPLICATE_KEY");
                }
            }
        }
    }

    public SpotCheckTask get(String id) {
        DataScope scope = CurrentScope.get();
        return store.task(id).filter(t -> reads(scope, t))
                .orElseThrow(() -> ApiException.notFound("抽查任务", id));
    }

    public Page<SpotCheckTask> list(Pageable pageable) {
        DataScope scope = CurrentScope.get();
        Criteria c;
        if (scope.isRegionalSupervisor() || scope.has(Role.AUDITOR)) {
            c = Criteria.where("agencyRegion").in(regions.all().stream().map(r -> r.code())
                    .filter(code -> scope.regionCode() != null && regions.covers(scope.regionCode(), code)).toList());
        } else {
            c = Criteria.where("agencyCode").is(scope.agencyCode());
        }
        return store.tasks(c, pageable);
    }

    private boolean reads(DataScope scope, SpotCheckTask t) {
        if (scope.belongsTo(t.getAgencyCode())) {
            return true;
        }
        return (scope.isRegionalSupervisor() || scope.has(Role.AUDITOR)) && scope.regionCode() != null
                && regions.covers(scope.regionCode(), t.getAgencyRegion());
    }

    /** Draws the task once: snapshot, selection, teams, log; a second draw is refused. */
    @AgencyAdminsOnly
    public DrawLog draw(String id, String witness) {
        DataScope scope = CurrentScope.get();
        SpotCheckTask task = get(id);
        if (!scope.belongsTo(task.getAgencyCode())) {
            throw ApiException.forbidden("NOT_TASK_AGENCY");
        }
        if (task.getStatus() != SpotCheckStatus.PENDING_DRAW) {
            throw RuleViolation.conflict("ALREADY_DRAWN", task.getTaskCode());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        PopulationSnapshot population = snapshot(task, today.getYear());
        List<InspectorCandidate> inspectors = new ArrayList<>(eligibility.candidates(task.getAgencyCode(), today,
                false));
        Map<String, Set<String>> previous = previousTeams(task.getAgencyCode());
        DrawRequest request = new DrawRequest(task.getId(), now, task.secretNonce(), task.ratios(),
                task.getTeamSize(), task.getItemDomains(), previous);
        DrawResult result = algorithm.draw(population, inspectors, request);
        Map<String, Set<String>> relevant = new HashMap<>();
        result.drawn().forEach(e -> {
            if (previous.containsKey(e.uscc())) {
                relevant.put(e.uscc(), previous.get(e.uscc()));
            }
        });
        Map<String, Object> ratioLog = new LinkedHashMap<>();
        request.ratios().perClass().forEach((c, r) -> ratioLog.put(c.name(), Map.of("ratio",
                r.ratio().toPlainString(), "minCount", r.minCount())));
        Map<String, List<List<String>>> pools = new LinkedHashMap<>();
        result.drawn().forEach(e -> pools.put(e.uscc(), algorithm.eligiblePools(inspectors, task.getItemDomains(),
                e.regionCode(), e.uscc())));
        DrawLog log = DrawLog.of(result, task.getTaskCode(), task.getAgencyCode(), scope.auditName(), witness,
                task.secretNonce(), ratioLog, task.getTeamSize(), task.getItemDomains(), relevant, pools, now);
        task.drawn(now, scope.auditName(), result);
        store.insert(log);
        List<String> lines = new ArrayList<>(population.size());
        population.members().forEach(m -> lines.add(m.uscc() + "," + m.creditClass().name()));
        store.insertPopulation(task.getId(), lines);
        store.save(task);
        if (!task.getParticipatingAgencyCodes().isEmpty()) {
            events.publishEvent(new JointSpotCheckDrawn(task.getId(), task.getTaskCode(), task.getAgencyCode(),
                    task.getParticipatingAgencyCodes(), task.getCrossDeptItemId(), today, result.drawn().stream()
                    .map(e -> new JointSpotCheckDrawn.Target(e.uscc(), e.regionCode())).toList()));
        }
        return log;
    }

    private PopulationSnapshot snapshot(SpotCheckTask task, int year) {
        List<String> covered = regions.all().stream().map(r -> r.code())
                .filter(code -> task.getRegionCodes().stream().anyMatch(s -> regions.covers(s, code))).toList();
        List<PopulationMember> directory = new ArrayList<>();
        entities.forEach(new EntityFilter(null, null, null, null, null, null, null, null), covered, e ->
                directory.add(new PopulationMember(e.getId(), e.getRegionCode(), e.getTownshipCode(),
                        e.getEntityType(), e.getIndustryCode(), e.getLicences(), e.getRegistrationStatus(),
                        e.isKeySupervision(), e.getCreditClass(), e.inspections(task.getAgencyCode(), year))));
        return PopulationSnapshot.build(directory, task.scope(), FrequencyCap.defaults(), regions);
    }

    /** The latest team per entity in the agency's recent draws (rotation). */
    private Map<String, Set<String>> previousTeams(String agencyCode) {
        Map<String, Set<String>> teams = new HashMap<>();
        for (DrawLog log : store.recentLogs(agencyCode, 50)) {
            log.drawn().forEach(e -> teams.putIfAbsent(e.uscc(), new LinkedHashSet<>(e.inspectorIds())));
        }
        return teams;
    }

    public DrawLog log(String id) {
        SpotCheckTask task = get(id);
        return store.log(task.getId()).orElseThrow(() -> ApiException.notFound("抽取记录", id));
    }

    /** The audit export for {@code tools/verify_draw.py audit} (with credit classes: supervisors and auditors). */
    public Map<String, Object> audit(String id) {
        DrawLog log = log(id);
        List<PopulationMember> members = new ArrayList<>();
        for (String line : store.population(log.taskId())) {
            String[] f = line.split(",");
            members.add(new PopulationMember(f[0], "320700", null, null, null, Set.of(),
                    cn.gov.lyg.enforcement.inspection.entity.RegistrationStatus.EXISTING, false,
                    CreditRiskClass.valueOf(f[1]), 0));
        }
        PopulationSnapshot population = PopulationSnapshot.of(members, Map.of());
        Map<String, Object> out = new LinkedHashMap<>(DrawAudit.publicPart(log.result(), log.nonce()));
        out.put("strataHash", log.strataHash());
        out.put("teamSize", log.teamSize());
        out.put("ratios", log.ratios());
        out.put("population", population.members().stream()
                .map(m -> Map.of("uscc", m.uscc(), "creditClass", m.creditClass().name())).toList());
        Map<String, Object> pools = new LinkedHashMap<>();
        log.eligiblePools().forEach((uscc, p) -> pools.put(uscc, Map.of("own", p.get(0), "fallback", p.get(1))));
        out.put("eligibleInspectors", pools);
        out.put("previousTeams", log.previousTeams());
        out.put("verification", DrawVerification.checkPublic(log.taskId(), log.drawnAt(), log.nonceHash(),
                log.nonce(), log.populationHash(), log.seed(), log.drawn(), log.resultHash()));
        return out;
    }

    // --- public (公示): no token, never a credit class or stratum size ---

    public Page<SpotCheckTask> publicList(Pageable pageable) {
        return store.tasks(Criteria.where("status").is(SpotCheckStatus.DRAWN), pageable);
    }

    public SpotCheckTask publicTask(String id) {
        return store.task(id).orElseThrow(() -> ApiException.notFound("抽查任务", id));
    }

    public Map<String, Object> publicVerification(String id) {
        SpotCheckTask task = publicTask(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("taskCode", task.getTaskCode());
        out.put("status", task.getStatus());
        out.put("nonceHash", task.getNonceHash());
        DrawLog log = store.log(task.getId()).orElse(null);
        if (log == null) {
            out.put("algorithm", SpotCheckDraw.ALGORITHM);
            return out; // before the draw: only the commitment
        }
        out.putAll(DrawAudit.publicPart(log.result(), log.nonce()));
        DrawVerification v = DrawVerification.checkPublic(log.taskId(), log.drawnAt(), log.nonceHash(), log.nonce(),
                log.populationHash(), log.seed(), log.drawn(), log.resultHash());
        out.put("verified", v.verified());
        out.put("failures", v.failures());
        return out;
    }
}
