package cn.gov.lyg.enforcement.catalog.usability;

import java.util.List;

/**
 * What the usability check needs from township delegations, provided by the delegation feature (which depends on
 * usability's rules, not the other way round): the published delegation periods covering an item (the penalty item or
 * one of its related coercive measures).
 */
public interface DelegationPeriods {

    List<DelegationPeriod> covering(String itemId);
}
