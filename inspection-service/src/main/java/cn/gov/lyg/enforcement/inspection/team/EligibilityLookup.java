package cn.gov.lyg.enforcement.inspection.team;

import java.time.LocalDate;
import java.util.Set;

/** What the team rules ask the projections kept from personnel's events. */
public interface EligibilityLookup {

    /** Verdict for an officer on {@code date}, for every domain in {@code domains} and the region. */
    OfficerVerdict officer(String officerId, LocalDate date, Set<String> domains, String region);

    /** Whether auxiliary staff is registered with the agency and ACTIVE. */
    boolean auxiliaryActive(String auxiliaryId, String agencyCode);

    /** Whether the officer declared a conflict of interest with the entity (回避), not withdrawn. */
    boolean recused(String officerId, String uscc);

    /**
     * Whether the officer must recuse from a citizen party (ID number) on {@code date}: asked from personnel, which
     * alone holds citizens' recusals. Fails closed: when personnel cannot answer this throws (503
     * {@code PERSONNEL_UNAVAILABLE}), it never answers "no conflict".
     */
    boolean citizenRecused(String officerId, String idCardNo, LocalDate date);
}
