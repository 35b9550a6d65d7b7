package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The numbers and lists of the three-systems checks 三项制度 (DOMAIN.md §2.5.5), configurable under
 * {@code supervision.three-systems.*}.
 *
 * @param shortDisclosureWorkingDays licensing and penalty decisions are disclosed within this many working days (7)
 * @param disclosureWorkingDays      other decisions (20)
 * @param withdrawalWorkingDays      published information is withdrawn this many working days after a decision is
 *                                   changed, revoked, confirmed unlawful or void (3, Art. 48)
 * @param avRequiredActs             on-site acts that need full audio-video recording (the list as data)
 * @param legalReviewKinds           penalty kinds that make a decision "major" (法制审核 mandatory) [ASM]
 * @param legalReviewFineThreshold   fines from this amount need legal review [ASM, 较大数额 for legal persons]
 */
public record ThreeSystemsPolicy(int shortDisclosureWorkingDays, int disclosureWorkingDays, int withdrawalWorkingDays,
                                 Set<String> avRequiredActs, Set<PenaltyKind> legalReviewKinds,
                                 BigDecimal legalReviewFineThreshold) {

    public static ThreeSystemsPolicy defaults() {
        return new ThreeSystemsPolicy(7, 20, 3,
                Set.of("SEAL", "SEIZE", "FORCED_DEMOLITION", "FORCED_EXECUTION", "ADMINISTRATIVE_DETENTION",
                        "ON_SITE_CLOSURE"),
                Set.of(PenaltyKind.REVOKE_LICENCE, PenaltyKind.ORDER_SUSPEND_PRODUCTION, PenaltyKind.ORDER_CLOSURE,
                        PenaltyKind.RESTRICT_PRACTICE, PenaltyKind.DETENTION),
                new BigDecimal("100000"));
    }
}
