package cn.gov.lyg.enforcement.benchmark.check;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The projection of personnel's officer profiles that legal review needs: one document per officer, the newest
 * aggregate version only ({@code OfficerProfileChanged} carries the whole profile).
 */
@Document(ReviewerProfileDocument.COLLECTION)
public record ReviewerProfileDocument(@Id String officerId, String agencyCode, boolean legalReviewer,
                                      boolean legalProfessionQualified, LocalDate legalReviewerSince,
                                      long officerVersion) {

    public static final String COLLECTION = "reviewer_profiles";

    ReviewerProfile profile() {
        return new ReviewerProfile(officerId, true, legalReviewer, legalProfessionQualified, legalReviewerSince);
    }
}
