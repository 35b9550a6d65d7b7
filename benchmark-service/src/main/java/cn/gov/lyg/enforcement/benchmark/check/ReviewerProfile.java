package cn.gov.lyg.enforcement.benchmark.check;

/**
 * What is known about a legal reviewer 法制审核人员 (from personnel's officer profile): whether the officer is designated a
 * legal reviewer and holds the 法律职业资格 (Art. 58 §2). {@code known = false} when no profile has arrived yet.
 */
public record ReviewerProfile(String officerId, boolean known, boolean legalReviewer, boolean legalProfessionQualified) {

    public static ReviewerProfile unknown(String officerId) {
        return new ReviewerProfile(officerId, false, false, false);
    }
}
