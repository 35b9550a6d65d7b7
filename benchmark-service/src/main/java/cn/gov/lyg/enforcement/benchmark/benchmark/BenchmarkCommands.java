package cn.gov.lyg.enforcement.benchmark.benchmark;

import java.time.LocalDate;

/** Request bodies of the benchmark workflow. */
public final class BenchmarkCommands {

    private BenchmarkCommands() {
    }

    /** A new benchmark (version 1, DRAFT) of the caller's agency. */
    public record Create(String title, BenchmarkLevel level, String parentBenchmarkId, String domain, String docNo,
                         ComputationModel model) {
    }

    /** New title/domain/document number/model of a DRAFT. */
    public record Describe(String title, String domain, String docNo, ComputationModel model) {
    }

    /** The legal reviewer sends the draft back, with the opinion. */
    public record ReturnToDraft(LocalDate reviewedOn, String opinion) {
    }

    /** The legal reviewer records the review and the collective deliberation that approved the document. */
    public record Approve(LocalDate reviewedOn, String opinion, LocalDate deliberationDate, String minutesRef) {
    }

    /** Publication (Art. 34): dates and document number; the previous version is superseded from effectiveFrom. */
    public record Publish(LocalDate publishedAt, LocalDate effectiveFrom, String docNo) {
    }

    /** Repeal with effect from a date. */
    public record Repeal(LocalDate effectiveFrom) {
    }

    /** A new DRAFT version from this one; LAW_CHANGE marks a revision for 立改废 (Art. 37 may prefer it). */
    public record NewVersion(RevisionReason reason) {
    }
}
