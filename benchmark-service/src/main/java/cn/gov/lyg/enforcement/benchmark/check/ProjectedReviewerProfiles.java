package cn.gov.lyg.enforcement.benchmark.check;

import org.springframework.stereotype.Component;

/** Reviewer profiles from the projection of personnel's officer profiles; unknown until a profile arrived. */
@Component
class ProjectedReviewerProfiles implements ReviewerProfiles {

    private final ReviewerProfileStore store;

    ProjectedReviewerProfiles(ReviewerProfileStore store) {
        this.store = store;
    }

    @Override
    public ReviewerProfile find(String officerId) {
        return store.find(officerId).map(ReviewerProfileDocument::profile)
                .orElseGet(() -> ReviewerProfile.unknown(officerId));
    }
}
