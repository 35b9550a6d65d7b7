package cn.gov.lyg.enforcement.supervision.alert;

import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisionReaders;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Supervision alerts 监督预警 raised from other services' events ({@link AlertEventConsumer}) for the judicial bureau
 * supervising the agency concerned: the county bureau sees the alerts of its county, the city bureau all of the city
 * (and alone those of city-level agencies); the province reads everything. Bureaus acknowledge them.
 */
@Service
public class AlertService {

    private static final int ATTEMPTS = 5;

    private final AlertStore store;
    private final AgencyDirectory directory;
    private final Clock clock;

    public AlertService(AlertStore store, AgencyDirectory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Raises (or updates, for a newer source version) the alert of a source. The region is that of the judicial
     * bureau supervising the first agency when the directory knows it, else {@code regionCode} of the event.
     */
    public SupervisionAlert raise(AlertKind kind, String sourceRef, long sourceVersion, String regionCode,
                                  List<String> agencyCodes, String subjectRef, String summary,
                                  Map<String, String> details, String sourceEventId, boolean announce) {
        String region = supervisingRegion(agencyCodes.isEmpty() ? null : agencyCodes.get(0), regionCode);
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            Optional<SupervisionAlert> existing = store.findById(SupervisionAlert.idOf(kind, sourceRef));
            try {
                if (existing.isEmpty()) {
                    return store.insert(SupervisionAlert.open(kind, sourceRef, sourceVersion, region, agencyCodes,
                            subjectRef, summary, details, sourceEventId, announce, now));
                }
                SupervisionAlert a = existing.get();
                if (!a.update(sourceVersion, agencyCodes, subjectRef, summary, details, sourceEventId, announce,
                        now)) {
                    return a;
                }
                return store.save(a);
            } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    String supervisingRegion(String agencyCode, String fallback) {
        if (agencyCode == null) {
            return fallback;
        }
        Optional<Agency> agency = directory.find(agencyCode);
        return agency.map(a -> a.supervisingJusticeBureauCode() == null ? a.regionCode()
                        : directory.find(a.supervisingJusticeBureauCode()).map(Agency::regionCode)
                        .orElse(a.regionCode()))
                .orElse(fallback);
    }

    @SupervisionReaders
    public SupervisionAlert get(String id) {
        DataScope scope = CurrentScope.get();
        return store.findById(id).filter(a -> readable(scope, a))
                .orElseThrow(() -> ApiException.notFound("SupervisionAlert", id));
    }

    @SupervisionReaders
    public Page<SupervisionAlert> search(AlertKind kind, SupervisionAlert.Status status, String agencyCode,
                                         Instant since, Pageable pageable) {
        return store.search(CurrentScope.get(), kind, status, agencyCode, since, pageable);
    }

    @SupervisorsOnly
    public SupervisionAlert acknowledge(String id, Long version, String note) {
        DataScope scope = CurrentScope.get();
        SupervisionAlert a = store.findById(id).filter(x -> readable(scope, x))
                .orElseThrow(() -> ApiException.notFound("SupervisionAlert", id));
        Versions.check(a, version);
        a.acknowledge(scope.auditName(), note, clock.instant());
        try {
            return store.save(a);
        } catch (OptimisticLockingFailureException e) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
    }

    /** For the evaluation indicators: alerts of a kind about an agency raised in [from, to). */
    public long count(AlertKind kind, String agencyCode, Instant from, Instant to) {
        return store.count(kind, agencyCode, from, to);
    }

    static boolean readable(DataScope scope, SupervisionAlert a) {
        return (scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY))
                && scope.coversRegion(a.getRegionCode());
    }
}
