package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Assignment rules of case-file reviews (DOMAIN.md §2.5.1): recusal and the reviewer minimum. */
public final class ReviewRules {

    /** At least two reviewers per file [ASM]. */
    public static final int MIN_REVIEWERS = 2;

    /** A reviewer: the officer or special supervisor id and the agency they belong to (null for special supervisors). */
    public record Reviewer(String reviewerId, String agencyCode) {
    }

    private ReviewRules() {
    }

    /**
     * Checks the reviewers of one file: at least {@link #MIN_REVIEWERS} distinct people ({@code REVIEWERS_TOO_FEW},
     * 400) and none from the agency whose file it is ({@code REVIEWER_CONFLICT}, 409).
     */
    public static void checkAssignment(String fileAgencyCode, Collection<Reviewer> reviewers) {
        long distinct = reviewers.stream().map(Reviewer::reviewerId).distinct().count();
        if (distinct < MIN_REVIEWERS) {
            throw ApiException.badRequest("REVIEWERS_TOO_FEW", MIN_REVIEWERS);
        }
        for (Reviewer r : reviewers) {
            checkRecusal(fileAgencyCode, r);
        }
    }

    /** A reviewer never reviews a file of their own agency. */
    public static void checkRecusal(String fileAgencyCode, Reviewer reviewer) {
        if (reviewer.agencyCode() != null && reviewer.agencyCode().equals(fileAgencyCode)) {
            throw ApiException.conflict("REVIEWER_CONFLICT", reviewer.reviewerId(), fileAgencyCode);
        }
    }

    /** Only a reviewer assigned to the file may score it. */
    public static void checkAssigned(Set<String> assignedReviewerIds, String reviewerId) {
        if (!assignedReviewerIds.contains(reviewerId)) {
            throw ApiException.forbidden("REVIEWER_NOT_ASSIGNED");
        }
    }

    /**
     * Reviewers for one file from a pool, taken in turn from position {@code turn}: {@code perFile} of them, skipping
     * those of the file's agency; too few left is {@code REVIEWERS_TOO_FEW}.
     */
    public static List<Reviewer> rotate(List<Reviewer> pool, String fileAgencyCode, int perFile, int turn) {
        List<Reviewer> chosen = new java.util.ArrayList<>();
        for (int k = 0; k < pool.size() && chosen.size() < perFile; k++) {
            Reviewer r = pool.get((turn + k) % pool.size());
            if (r.agencyCode() == null || !r.agencyCode().equals(fileAgencyCode)) {
                chosen.add(r);
            }
        }
        if (chosen.size() < Math.max(perFile, MIN_REVIEWERS)) {
            throw ApiException.badRequest("REVIEWERS_TOO_FEW", Math.max(perFile, MIN_REVIEWERS));
        }
        return chosen;
    }

    static List<String> ids(Collection<Reviewer> reviewers) {
        return reviewers.stream().map(Reviewer::reviewerId).toList();
    }
}
