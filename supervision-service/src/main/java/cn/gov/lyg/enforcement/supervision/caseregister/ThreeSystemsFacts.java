package cn.gov.lyg.enforcement.supervision.caseregister;

import java.time.LocalDate;

/**
 * What the three-systems checks need from one case, derived from its milestones whenever one is recorded and stored
 * with the case (indexed), so that the figures of an agency or county are counts, not case-by-case reasoning.
 *
 * @param decidedOn           the decision date (null: not decided yet, outside the checks)
 * @param disclosureDueOn     last day to publish the decision (7 or 20 working days)
 * @param publishedOn         when it was published (null: not yet)
 * @param reversedOn          first day the decision was changed/revoked/confirmed unlawful or void (null: never)
 * @param withdrawalDueOn     last day to withdraw the published information (only when published and reversed)
 * @param withdrawnOn         when it was withdrawn
 * @param avRequired          the case has on-site acts of the required list
 * @param avComplete          every such act was recorded on audio-video
 * @param legalReviewRequired Art. 58: hearing held, major case, heavy kind or large fine
 * @param legalReviewCovered  a passed legal review on or before the decision
 */
public record ThreeSystemsFacts(LocalDate decidedOn, LocalDate disclosureDueOn, LocalDate publishedOn,
                                LocalDate reversedOn, LocalDate withdrawalDueOn, LocalDate withdrawnOn,
                                boolean avRequired, boolean avComplete, boolean legalReviewRequired,
                                boolean legalReviewCovered) {

    public boolean disclosedInTime() {
        return publishedOn != null && disclosureDueOn != null && !publishedOn.isAfter(disclosureDueOn);
    }

    /** Not published by the due date, as of a day (a late publication counts as overdue too). */
    public boolean disclosureOverdue(LocalDate asOf) {
        if (disclosureDueOn == null) {
            return false;
        }
        return publishedOn == null ? asOf.isAfter(disclosureDueOn) : publishedOn.isAfter(disclosureDueOn);
    }

    public boolean withdrawalOverdue(LocalDate asOf) {
        if (withdrawalDueOn == null) {
            return false;
        }
        return withdrawnOn == null ? asOf.isAfter(withdrawalDueOn) : withdrawnOn.isAfter(withdrawalDueOn);
    }
}
