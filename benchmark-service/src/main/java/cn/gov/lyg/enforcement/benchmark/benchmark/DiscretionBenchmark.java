package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.benchmark.law.Citations;
import cn.gov.lyg.enforcement.benchmark.law.RuleBreach;
import cn.gov.lyg.enforcement.benchmark.law.RuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 行政裁量权基准, one version. {@code benchmarkId} is stable across versions, {@code versionId} names this one. Entries are
 * edited only in DRAFT; the workflow runs DRAFT → LEGAL_REVIEW → APPROVED → PUBLISHED → EFFECTIVE → SUPERSEDED /
 * REPEALED, with LEGAL_REVIEW → DRAFT when the reviewer sends it back. REVIEW_REQUIRED is a flag (reasons) raised in any
 * state by law or catalog changes; a new version starts without it.
 */
public final class DiscretionBenchmark {

    private final String versionId;
    private final String benchmarkId;
    private final int versionNo;
    private String title;
    private final String issuingAgencyCode;
    private final String regionCode;
    private final BenchmarkLevel level;
    private final String parentBenchmarkId;
    private String domain;
    private String docNo;
    private ComputationModel model;
    private BenchmarkStatus status;
    private LocalDate publishedAt;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private final String supersedesVersionId;
    private final RevisionReason revisionReason;
    private final List<BenchmarkEntry> entries;
    private final List<String> reviewReasons;
    private LegalReview legalReview;
    private Deliberation deliberation;

    /** Legal review 合法性审核 of the benchmark document: reviewer, date and opinion. */
    public record LegalReview(String reviewer, LocalDate reviewedOn, String opinion) {
    }

    /** Collective deliberation 集体讨论 approving the document. */
    public record Deliberation(LocalDate heldOn, String minutesRef) {
    }

    @SuppressWarnings("java:S107")
    public DiscretionBenchmark(String versionId, String benchmarkId, int versionNo, String title,
                               String issuingAgencyCode, String regionCode, BenchmarkLevel level,
                               String parentBenchmarkId, String domain, String docNo, ComputationModel model,
                               BenchmarkStatus status, LocalDate publishedAt, LocalDate effectiveFrom,
                               LocalDate effectiveTo, String supersedesVersionId, RevisionReason revisionReason,
                               List<BenchmarkEntry> entries, List<String> reviewReasons, LegalReview legalReview,
                               Deliberation deliberation) {
        if (title == null || title.isBlank()) {
            throw invalid("title is required");
        }
        if (level == null) {
            throw invalid("level is required");
        }
        if (level == BenchmarkLevel.PROVINCE && parentBenchmarkId != null) {
            throw invalid("a provincial benchmark has no parent");
        }
        this.versionId = versionId;
        this.benchmarkId = benchmarkId;
        this.versionNo = versionNo;
        this.title = title;
        this.issuingAgencyCode = issuingAgencyCode;
        this.regionCode = regionCode;
        this.level = level;
        this.parentBenchmarkId = parentBenchmarkId;
        this.domain = domain;
        this.docNo = docNo;
        this.model = model == null ? ComputationModel.A : model;
        this.status = status == null ? BenchmarkStatus.DRAFT : status;
        this.publishedAt = publishedAt;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.supersedesVersionId = supersedesVersionId;
        this.revisionReason = revisionReason == null ? RevisionReason.INITIAL : revisionReason;
        this.entries = new ArrayList<>(entries == null ? List.of() : entries);
        this.reviewReasons = new ArrayList<>(reviewReasons == null ? List.of() : reviewReasons);
        this.legalReview = legalReview;
        this.deliberation = deliberation;
    }

    /** A new DRAFT, version 1. */
    public static DiscretionBenchmark draft(String versionId, String benchmarkId, String title, String issuingAgencyCode,
                                            String regionCode, BenchmarkLevel level, String parentBenchmarkId,
                                            String domain, String docNo, ComputationModel model) {
        return new DiscretionBenchmark(versionId, benchmarkId, 1, title, issuingAgencyCode, regionCode, level,
                parentBenchmarkId, domain, docNo, model, BenchmarkStatus.DRAFT, null, null, null, null,
                RevisionReason.INITIAL, List.of(), List.of(), null, null);
    }

    /** The next version as a DRAFT copy of this one's entries (review flags cleared: the revision addresses them). */
    public DiscretionBenchmark nextVersion(String newVersionId, RevisionReason reason) {
        if (!status.published() && status != BenchmarkStatus.APPROVED) {
            throw new RuleException("BENCHMARK_VERSION_NOT_RELEASED", Citations.ART_34,
                    "a new version starts from an approved or published one; this one is " + status);
        }
        List<BenchmarkEntry> copied = entries.stream().map(e -> e.withReviewReasons(List.of())).toList();
        return new DiscretionBenchmark(newVersionId, benchmarkId, versionNo + 1, title, issuingAgencyCode, regionCode,
                level, parentBenchmarkId, domain, null, model, BenchmarkStatus.DRAFT, null, null, null, versionId,
                reason == null ? RevisionReason.OTHER : reason, copied, List.of(), null, null);
    }

    // ---- editing (DRAFT only)

    public void describe(String newTitle, String newDomain, String newDocNo, ComputationModel newModel) {
        requireStatus("edit", BenchmarkStatus.DRAFT);
        if (newTitle == null || newTitle.isBlank()) {
            throw invalid("title is required");
        }
        this.title = newTitle;
        this.domain = newDomain;
        this.docNo = newDocNo;
        this.model = newModel == null ? ComputationModel.A : newModel;
    }

    public BenchmarkEntry addEntry(BenchmarkEntry entry) {
        requireStatus("edit", BenchmarkStatus.DRAFT);
        validate(entry);
        if (entries.stream().anyMatch(e -> e.violationCode().equals(entry.violationCode()))) {
            throw new RuleException("DUPLICATE_VIOLATION_CODE", Citations.GUIDANCE_TIERS,
                    "violation code " + entry.violationCode() + " already has an entry in this benchmark");
        }
        entries.add(entry);
        return entry;
    }

    public BenchmarkEntry replaceEntry(String entryId, BenchmarkEntry entry) {
        requireStatus("edit", BenchmarkStatus.DRAFT);
        int i = indexOf(entryId);
        BenchmarkEntry replacement = entry.withEntryId(entryId);
        validate(replacement);
        if (entries.stream().anyMatch(e -> !e.entryId().equals(entryId)
                && e.violationCode().equals(replacement.violationCode()))) {
            throw new RuleException("DUPLICATE_VIOLATION_CODE", Citations.GUIDANCE_TIERS,
                    "violation code " + replacement.violationCode() + " already has an entry in this benchmark");
        }
        entries.set(i, replacement);
        return replacement;
    }

    public void removeEntry(String entryId) {
        requireStatus("edit", BenchmarkStatus.DRAFT);
        entries.remove(indexOf(entryId));
    }

    private void validate(BenchmarkEntry entry) {
        List<String> problems = entry.problems();
        if (model == ComputationModel.C && entry.fineFormula() != null
                && entry.entryFactors().stream().noneMatch(f -> f.weight() != null && f.weight().signum() > 0)) {
            problems = new ArrayList<>(problems);
            problems.add("a Model C benchmark needs weighted factors on every fined entry");
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems.stream()
                    .map(p -> new RuleBreach("ENTRY_INVALID", Citations.GUIDANCE_TIERS, p)).toList());
        }
    }

    // ---- workflow

    public void submitForLegalReview() {
        requireStatus("submit", BenchmarkStatus.DRAFT);
        if (entries.isEmpty()) {
            throw new RuleException("BENCHMARK_WITHOUT_ENTRIES", Citations.GUIDANCE_TIERS,
                    "a benchmark needs at least one entry before legal review");
        }
        status = BenchmarkStatus.LEGAL_REVIEW;
    }

    public void returnToDraft(LegalReview review) {
        requireStatus("return", BenchmarkStatus.LEGAL_REVIEW);
        this.legalReview = review;
        status = BenchmarkStatus.DRAFT;
    }

    public void approve(LegalReview review, Deliberation approval) {
        requireStatus("approve", BenchmarkStatus.LEGAL_REVIEW);
        if (review == null || review.reviewer() == null || review.reviewedOn() == null) {
            throw new RuleException("LEGAL_REVIEW_MISSING", Citations.ART_58,
                    "approval needs the legal review (reviewer and date)");
        }
        if (approval == null || approval.heldOn() == null || approval.minutesRef() == null
                || approval.minutesRef().isBlank()) {
            throw new RuleException("DELIBERATION_MISSING", Citations.GUIDANCE_DEVIATION,
                    "approval needs the collective deliberation (date and minutes reference)");
        }
        if (approval.heldOn().isBefore(review.reviewedOn())) {
            throw new RuleException("DATES_OUT_OF_ORDER", Citations.GUIDANCE_TIERS,
                    "the deliberation cannot precede the legal review");
        }
        this.legalReview = review;
        this.deliberation = approval;
        status = BenchmarkStatus.APPROVED;
    }

    /**
     * Publishes the version (Art. 34: benchmarks must be published). A lower-level benchmark is checked against its
     * parent's version in force on {@code effectiveFrom}: no tier band may leave the parent's band.
     */
    public void publish(LocalDate on, LocalDate from, String documentNo, Optional<DiscretionBenchmark> parentInForce) {
        requireStatus("publish", BenchmarkStatus.APPROVED);
        if (on == null || from == null) {
            throw invalid("publication and effective dates are required");
        }
        if (from.isBefore(on)) {
            throw new RuleException("DATES_OUT_OF_ORDER", Citations.ART_34,
                    "a benchmark takes effect on or after its publication (" + from + " < " + on + ")");
        }
        String number = documentNo != null && !documentNo.isBlank() ? documentNo : docNo;
        if (number == null || number.isBlank()) {
            throw invalid("the document number 文号 is required to publish");
        }
        if (parentBenchmarkId != null) {
            DiscretionBenchmark parent = parentInForce.orElseThrow(() -> new RuleException("PARENT_NOT_IN_FORCE",
                    Citations.GUIDANCE_HIERARCHY, "the parent benchmark has no version in force on " + from));
            if (!level.below(parent.level)) {
                throw new RuleException("PARENT_LEVEL_NOT_HIGHER", Citations.GUIDANCE_HIERARCHY,
                        "a " + level + " benchmark refines a higher level, not " + parent.level);
            }
            List<RuleBreach> breaches = HierarchyRules.check(this, parent);
            if (!breaches.isEmpty()) {
                throw new RuleException(breaches);
            }
        }
        this.docNo = number;
        this.publishedAt = on;
        this.effectiveFrom = from;
        status = BenchmarkStatus.PUBLISHED;
    }

    /** PUBLISHED → EFFECTIVE once {@code asOf} reaches the effective date; answers whether it changed. */
    public boolean activate(LocalDate asOf) {
        if (status == BenchmarkStatus.PUBLISHED && !asOf.isBefore(effectiveFrom)) {
            status = BenchmarkStatus.EFFECTIVE;
            return true;
        }
        return false;
    }

    /** Replaced by the next version taking effect on {@code successorFrom}: in force until the day before. */
    public void supersede(LocalDate successorFrom) {
        if (status != BenchmarkStatus.PUBLISHED && status != BenchmarkStatus.EFFECTIVE) {
            throw transition("supersede");
        }
        if (successorFrom.isBefore(effectiveFrom) || successorFrom.isEqual(effectiveFrom)) {
            throw new RuleException("DATES_OUT_OF_ORDER", Citations.GUIDANCE_DYNAMIC,
                    "the successor must take effect after " + effectiveFrom);
        }
        effectiveTo = successorFrom.minusDays(1);
        status = BenchmarkStatus.SUPERSEDED;
    }

    /** Repealed with effect from {@code from}: in force until the day before. */
    public void repeal(LocalDate from) {
        if (status != BenchmarkStatus.PUBLISHED && status != BenchmarkStatus.EFFECTIVE) {
            throw transition("repeal");
        }
        if (from.isBefore(effectiveFrom)) {
            throw new RuleException("DATES_OUT_OF_ORDER", Citations.GUIDANCE_DYNAMIC,
                    "a repeal cannot take effect before the benchmark did (" + effectiveFrom + ")");
        }
        effectiveTo = from.minusDays(1);
        status = BenchmarkStatus.REPEALED;
    }

    /**
     * Flags the version REVIEW_REQUIRED, and each entry matching {@code affects}; answers whether anything new was
     * flagged (the same reason twice changes nothing).
     */
    public boolean flagReview(String reason, java.util.function.Predicate<BenchmarkEntry> affects) {
        boolean changed = false;
        for (int i = 0; i < entries.size(); i++) {
            BenchmarkEntry e = entries.get(i);
            if (affects.test(e) && !e.reviewReasons().contains(reason)) {
                entries.set(i, e.withReviewReason(reason));
                changed = true;
            }
        }
        if (changed && !reviewReasons.contains(reason)) {
            reviewReasons.add(reason);
        }
        return changed;
    }

    /** Whether the version is the one in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return status.published() && effectiveFrom != null && !date.isBefore(effectiveFrom)
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public Optional<BenchmarkEntry> entry(String entryId) {
        return entries.stream().filter(e -> e.entryId().equals(entryId)).findFirst();
    }

    public Optional<BenchmarkEntry> entryByViolationCode(String code) {
        return entries.stream().filter(e -> e.violationCode().equals(code)).findFirst();
    }

    private int indexOf(String entryId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).entryId().equals(entryId)) {
                return i;
            }
        }
        throw new RuleException("ENTRY_NOT_FOUND", Citations.GUIDANCE_TIERS, "no entry " + entryId);
    }

    private void requireStatus(String action, BenchmarkStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw transition(action);
        }
    }

    private RuleException transition(String action) {
        return new RuleException("INVALID_BENCHMARK_TRANSITION", Citations.ART_34,
                "cannot " + action + " a benchmark in status " + status);
    }

    private static RuleException invalid(String detail) {
        return new RuleException("BENCHMARK_INVALID", Citations.ART_34, detail);
    }

    public String versionId() { return versionId; }
    public String benchmarkId() { return benchmarkId; }
    public int versionNo() { return versionNo; }
    public String title() { return title; }
    public String issuingAgencyCode() { return issuingAgencyCode; }
    public String regionCode() { return regionCode; }
    public BenchmarkLevel level() { return level; }
    public String parentBenchmarkId() { return parentBenchmarkId; }
    public String domain() { return domain; }
    public String docNo() { return docNo; }
    public ComputationModel model() { return model; }
    public BenchmarkStatus status() { return status; }
    public LocalDate publishedAt() { return publishedAt; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public LocalDate effectiveTo() { return effectiveTo; }
    public String supersedesVersionId() { return supersedesVersionId; }
    public RevisionReason revisionReason() { return revisionReason; }
    public List<BenchmarkEntry> entries() { return List.copyOf(entries); }
    public List<String> reviewReasons() { return List.copyOf(reviewReasons); }
    public boolean reviewRequired() { return !reviewReasons.isEmpty(); }
    public LegalReview legalReview() { return legalReview; }
    public Deliberation deliberation() { return deliberation; }
}
