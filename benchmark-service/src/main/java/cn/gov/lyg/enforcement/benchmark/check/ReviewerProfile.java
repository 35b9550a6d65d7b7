package cn.gov.lyg.enforcement.benchmark.check;

import java.time.LocalDate;

/**
 * What is known about a legal reviewer 法制审核人员 from personnel's officer profile ({@code OfficerProfileChanged}):
 * whether the officer is a designated legal reviewer and since when, and whether they hold the 法律职业资格.
 * {@code known = false} when no profile has arrived yet.
 *
 * <p>行政处罚法 (revised 2021, in force 15 July 2021) Art. 58 §2: a person doing legal review of penalty decisions
 * <em>for the first time</em> must hold the 法律职业资格. A reviewer designated before the revised law took effect
 * is not a first-time reviewer under it.
 */
public record ReviewerProfile(String officerId, boolean known, boolean legalReviewer, boolean legalProfessionQualified,
                              LocalDate legalReviewerSince) {

    /** The day the revised 行政处罚法, and with it Art. 58 §2, took effect. */
    public static final LocalDate ARTICLE_58_IN_FORCE = LocalDate.of(2021, 7, 15);

    public static ReviewerProfile unknown(String officerId) {
        return new ReviewerProfile(officerId, false, false, false, null);
    }

    /** Whether the officer reviewed legally before Art. 58 §2 applied (so is not a first-time reviewer under it). */
    public boolean reviewingBeforeArticle58() {
        return legalReviewer && legalReviewerSince != null && legalReviewerSince.isBefore(ARTICLE_58_IN_FORCE);
    }

    /** Whether the officer may do the legal review: a designated reviewer, qualified or not a first-time one. */
    public boolean mayReview() {
        return legalReviewer && (legalProfessionQualified || reviewingBeforeArticle58());
    }
}
