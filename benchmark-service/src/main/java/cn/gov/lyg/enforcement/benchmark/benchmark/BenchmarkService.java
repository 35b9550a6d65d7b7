package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.benchmark.law.RuleException;
import cn.gov.lyg.enforcement.benchmark.web.Bodies;
import cn.gov.lyg.enforcement.benchmark.web.RuleProblems;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAuthors;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagement;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOrSystems;
import cn.gov.lyg.enforcement.platform.security.policy.LegalReviewersOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Use cases of benchmark documents, with their authorization. Staff of the issuing agency (officer, agency admin,
 * agency leader) author drafts; its legal reviewers review and record the approving deliberation; its admin or
 * leader publishes, repeals and opens new versions. Published versions are readable by every caller (and the public);
 * unpublished ones only by the issuing agency and the judicial bureaus whose region covers it — to anyone else they
 * do not exist (404).
 */
@Service
public class BenchmarkService {

    private final BenchmarkStore store;
    private final EntryCatalogCheck catalogCheck;
    private final BenchmarkEvents events;
    private final JsonMapper json;
    private final Clock clock;

    public BenchmarkService(BenchmarkStore store, EntryCatalogCheck catalogCheck, BenchmarkEvents events,
                            JsonMapper json, Clock clock) {
        this.store = store;
        this.catalogCheck = catalogCheck;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @AgencyAuthors
    public BenchmarkDocument create(String body) {
        DataScope scope = CurrentScope.get();
        if (scope.agencyCode() == null) {
            throw ApiException.forbidden("AGENCY_REQUIRED");
        }
        BenchmarkCommands.Create c = Bodies.read(json, body, BenchmarkCommands.Create.class, "BENCHMARK_INVALID");
        // the parent is named by its benchmark id, or by the id of one of its versions
        String parent = c.parentBenchmarkId() == null ? null : store.findById(c.parentBenchmarkId())
                .map(BenchmarkDocument::getBenchmarkId).orElse(c.parentBenchmarkId());
        if (parent != null && !store.existsPublished(parent)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "PARENT_UNKNOWN", c.parentBenchmarkId());
        }
        String versionId = UUID.randomUUID().toString();
        DiscretionBenchmark b = RuleProblems.apply(() -> DiscretionBenchmark.draft(versionId,
                UUID.randomUUID().toString(), c.title(), scope.agencyCode(), scope.regionCode(), c.level(),
                parent, c.domain(), c.docNo(), c.model()));
        BenchmarkDocument d = BenchmarkDocument.of(b);
        d.note("BENCHMARK_DRAFTED", Map.of("title", b.title(), "level", b.level().name()));
        return store.save(d);
    }

    @Authenticated
    public BenchmarkDocument get(String id) {
        return readable(id);
    }

    @Authenticated
    public List<BenchmarkDocument> versions(String id) {
        BenchmarkDocument d = readable(id);
        DataScope scope = CurrentScope.get();
        return store.versions(d.getBenchmarkId()).stream().filter(v -> canRead(v, scope)).toList();
    }

    @Authenticated
    public Page<BenchmarkDocument> search(BenchmarkFilter filter, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        List<Criteria> visible = new ArrayList<>();
        visible.add(Criteria.where("status").in(BenchmarkStore.PUBLISHED));
        if (scope.agencyCode() != null && !scope.has(Role.INTEGRATION)) {
            visible.add(Criteria.where("issuingAgencyCode").is(scope.agencyCode()));
        }
        if (scope.isRegionalSupervisor() && scope.regionCode() != null) {
            visible.add(Criteria.where("regionCode").regex("^" + regionPrefix(scope.regionCode())));
        }
        return store.search(filter, new Criteria().orOperator(visible), pageable);
    }

    /** Public disclosure: published versions only. */
    public Page<BenchmarkDocument> searchPublic(BenchmarkFilter filter, Pageable pageable) {
        BenchmarkFilter f = new BenchmarkFilter(filter.status(), filter.level(), filter.domain(), filter.agencyCode(), null);
        return store.search(f, Criteria.where("status").in(BenchmarkStore.PUBLISHED), pageable);
    }

    public BenchmarkDocument getPublic(String id) {
        return store.findById(id).filter(d -> d.getStatus().published())
                .orElseThrow(() -> ApiException.notFound("DiscretionBenchmark", id));
    }

    @AgencyAuthors
    public BenchmarkDocument describe(String id, Long expected, String body) {
        return author(id, expected, "BENCHMARK_DESCRIBED", b -> {
            BenchmarkCommands.Describe c = Bodies.read(json, body, BenchmarkCommands.Describe.class, "BENCHMARK_INVALID");
            b.describe(c.title(), c.domain(), c.docNo(), c.model());
        });
    }

    @AgencyAuthors
    public BenchmarkEntry addEntry(String id, Long expected, String body) {
        String entryId = UUID.randomUUID().toString();
        BenchmarkDocument d = author(id, expected, "ENTRY_ADDED", b -> {
            BenchmarkEntry e = readEntry(body).withEntryId(entryId).withReviewReasons(List.of());
            catalogCheck.check(e, b.issuingAgencyCode());
            b.addEntry(e);
        });
        return d.toDomain().entry(entryId).orElseThrow();
    }

    @AgencyAuthors
    public BenchmarkEntry replaceEntry(String id, String entryId, Long expected, String body) {
        BenchmarkDocument d = author(id, expected, "ENTRY_REPLACED", b -> {
            if (b.entry(entryId).isEmpty()) {
                throw ApiException.notFound("BenchmarkEntry", entryId);
            }
            BenchmarkEntry e = readEntry(body).withReviewReasons(List.of());
            catalogCheck.check(e, b.issuingAgencyCode());
            b.replaceEntry(entryId, e);
        });
        return d.toDomain().entry(entryId).orElseThrow();
    }

    @AgencyAuthors
    public BenchmarkDocument removeEntry(String id, String entryId, Long expected) {
        return author(id, expected, "ENTRY_REMOVED", b -> {
            if (b.entry(entryId).isEmpty()) {
                throw ApiException.notFound("BenchmarkEntry", entryId);
            }
            b.removeEntry(entryId);
        });
    }

    @Authenticated
    public BenchmarkEntry entry(String id, String entryId) {
        return readable(id).toDomain().entry(entryId)
                .orElseThrow(() -> ApiException.notFound("BenchmarkEntry", entryId));
    }

    @AgencyAuthors
    public BenchmarkDocument submit(String id, Long expected) {
        return author(id, expected, "BENCHMARK_SUBMITTED", DiscretionBenchmark::submitForLegalReview);
    }

    @LegalReviewersOnly
    public BenchmarkDocument returnToDraft(String id, Long expected, String body) {
        return own(id, expected, "BENCHMARK_RETURNED", b -> {
            BenchmarkCommands.ReturnToDraft c = Bodies.read(json, body, BenchmarkCommands.ReturnToDraft.class,
                    "BENCHMARK_INVALID");
            b.returnToDraft(new DiscretionBenchmark.LegalReview(CurrentScope.get().auditName(),
                    c.reviewedOn() != null ? c.reviewedOn() : LocalDate.now(clock), c.opinion()));
        });
    }

    @LegalReviewersOnly
    public BenchmarkDocument approve(String id, Long expected, String body) {
        return own(id, expected, "BENCHMARK_APPROVED", b -> {
            BenchmarkCommands.Approve c = Bodies.read(json, body, BenchmarkCommands.Approve.class, "BENCHMARK_INVALID");
            b.approve(new DiscretionBenchmark.LegalReview(CurrentScope.get().auditName(), c.reviewedOn(), c.opinion()),
                    new DiscretionBenchmark.Deliberation(c.deliberationDate(), c.minutesRef()));
        });
    }

    /**
     * Publishes a version (with the hierarchy check against the parent's version in force on the effective date);
     * the version it revises is superseded from the same date.
     */
    @AgencyManagement
    public BenchmarkDocument publish(String id, Long expected, String body) {
        BenchmarkDocument d = ownDocument(id);
        Versions.check(d, expected);
        BenchmarkCommands.Publish c = Bodies.read(json, body, BenchmarkCommands.Publish.class, "BENCHMARK_INVALID");
        DiscretionBenchmark b = d.toDomain();
        LocalDate on = c.publishedAt() != null ? c.publishedAt() : LocalDate.now(clock);
        if (c.effectiveFrom() == null) {
            throw ApiException.badRequest("BENCHMARK_INVALID", "effectiveFrom is required");
        }
        Optional<DiscretionBenchmark> parent = b.parentBenchmarkId() == null ? Optional.empty()
                : inForce(b.parentBenchmarkId(), c.effectiveFrom());
        Optional<BenchmarkDocument> previous = b.supersedesVersionId() == null ? Optional.empty()
                : store.findById(b.supersedesVersionId());
        DiscretionBenchmark old = previous.map(BenchmarkDocument::toDomain).orElse(null);
        RuleProblems.run(() -> {
            b.publish(on, c.effectiveFrom(), c.docNo(), parent);
            b.activate(LocalDate.now(clock));
            if (old != null && (old.status() == BenchmarkStatus.PUBLISHED || old.status() == BenchmarkStatus.EFFECTIVE)) {
                old.supersede(c.effectiveFrom());
            }
        });
        d.update(b);
        d.note("BENCHMARK_PUBLISHED", Map.of("docNo", b.docNo(), "effectiveFrom", b.effectiveFrom().toString()));
        events.published(d, b);
        BenchmarkDocument saved = store.save(d);
        if (old != null && old.status() == BenchmarkStatus.SUPERSEDED) {
            BenchmarkDocument prev = previous.get();
            prev.update(old);
            prev.note("BENCHMARK_SUPERSEDED", Map.of("by", b.versionId(), "effectiveTo", old.effectiveTo().toString()));
            events.superseded(prev, old, b);
            store.save(prev);
        }
        return saved;
    }

    @AgencyManagement
    public BenchmarkDocument repeal(String id, Long expected, String body) {
        return own(id, expected, "BENCHMARK_REPEALED", b -> {
            BenchmarkCommands.Repeal c = Bodies.read(json, body, BenchmarkCommands.Repeal.class, "BENCHMARK_INVALID");
            if (c.effectiveFrom() == null) {
                throw ApiException.badRequest("BENCHMARK_INVALID", "effectiveFrom is required");
            }
            b.repeal(c.effectiveFrom());
        });
    }

    @AgencyManagement
    public BenchmarkDocument newVersion(String id, String body) {
        BenchmarkDocument d = ownDocument(id);
        BenchmarkCommands.NewVersion c = body == null || body.isBlank()
                ? new BenchmarkCommands.NewVersion(RevisionReason.OTHER)
                : Bodies.read(json, body, BenchmarkCommands.NewVersion.class, "BENCHMARK_INVALID");
        List<BenchmarkDocument> all = store.versions(d.getBenchmarkId());
        BenchmarkDocument latest = all.get(all.size() - 1);
        if (!latest.getId().equals(d.getId())) {
            throw ApiException.conflict("NOT_LATEST_VERSION", latest.getId());
        }
        DiscretionBenchmark next = RuleProblems.apply(() -> d.toDomain().nextVersion(UUID.randomUUID().toString(),
                c.reason() == null || c.reason() == RevisionReason.INITIAL ? RevisionReason.OTHER : c.reason()));
        BenchmarkDocument nd = BenchmarkDocument.of(next);
        nd.note("BENCHMARK_VERSION_OPENED", Map.of("from", d.getId(), "reason", next.revisionReason().name()));
        return store.save(nd);
    }

    /**
     * PUBLISHED → EFFECTIVE for every version of the caller's region whose date has come, as of {@code asOf}: a job
     * of the city judicial bureau or an integrated system (it acts on every issuing agency's versions, so not an
     * agency's). {@code asOf} may not lie after today ({@code DATE_IN_FUTURE}): a version takes effect on its date,
     * never ahead of it.
     */
    @CitySupervisorsOrSystems
    public int activate(LocalDate asOf) {
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("asOf", "DATE_IN_FUTURE")));
        }
        DataScope scope = CurrentScope.get();
        int changed = 0;
        for (BenchmarkDocument d : store.published(null)) {
            if (!scope.coversRegion(d.getRegionCode())) {
                continue;
            }
            DiscretionBenchmark b = d.toDomain();
            if (b.activate(asOf)) {
                d.update(b);
                d.note("BENCHMARK_EFFECTIVE", Map.of("asOf", asOf.toString()));
                store.save(d);
                changed++;
            }
        }
        return changed;
    }

    // ---- helpers

    private Optional<DiscretionBenchmark> inForce(String benchmarkId, LocalDate date) {
        return store.versions(benchmarkId).stream().map(BenchmarkDocument::toDomain).filter(v -> v.inForceOn(date))
                .reduce((a, b) -> a.versionNo() >= b.versionNo() ? a : b);
    }

    private BenchmarkEntry readEntry(String body) {
        BenchmarkEntry e = Bodies.read(json, body, BenchmarkEntry.class, "ENTRY_INVALID");
        if (e.catalogItemId() != null) {
            try {
                UUID.fromString(e.catalogItemId());
            } catch (IllegalArgumentException ex) {
                throw ApiException.badRequest("ENTRY_INVALID", "catalogItemId must be a UUID");
            }
        }
        return e;
    }

    /** Authoring commands: the issuing agency's staff, on a version they can see. */
    private BenchmarkDocument author(String id, Long expected, String action, Consumer<DiscretionBenchmark> command) {
        return own(id, expected, action, command);
    }

    private BenchmarkDocument own(String id, Long expected, String action, Consumer<DiscretionBenchmark> command) {
        BenchmarkDocument d = ownDocument(id);
        Versions.check(d, expected);
        DiscretionBenchmark b = d.toDomain();
        try {
            command.accept(b);
        } catch (RuleException e) {
            throw RuleProblems.of(e);
        }
        d.update(b);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", b.status().name());
        d.note(action, details);
        return store.save(d);
    }

    private BenchmarkDocument ownDocument(String id) {
        BenchmarkDocument d = readable(id);
        if (!CurrentScope.get().belongsTo(d.getIssuingAgencyCode())) {
            throw ApiException.forbidden("NOT_ISSUING_AGENCY");
        }
        return d;
    }

    private BenchmarkDocument readable(String id) {
        DataScope scope = CurrentScope.get();
        return store.findById(id).filter(d -> canRead(d, scope))
                .orElseThrow(() -> ApiException.notFound("DiscretionBenchmark", id));
    }

    static boolean canRead(BenchmarkDocument d, DataScope scope) {
        return d.getStatus().published() || scope.belongsTo(d.getIssuingAgencyCode())
                || scope.isRegionalSupervisor() && scope.coversRegion(d.getRegionCode());
    }

    static String regionPrefix(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }
}
