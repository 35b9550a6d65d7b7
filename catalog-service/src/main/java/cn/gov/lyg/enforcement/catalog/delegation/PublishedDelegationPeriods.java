package cn.gov.lyg.enforcement.catalog.delegation;

import cn.gov.lyg.enforcement.catalog.usability.DelegationPeriod;
import cn.gov.lyg.enforcement.catalog.usability.DelegationPeriods;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link DelegationPeriods} from the delegation register: the periods of published delegations covering an item. */
@Component
class PublishedDelegationPeriods implements DelegationPeriods {

    private final DelegationStore store;

    PublishedDelegationPeriods(DelegationStore store) {
        this.store = store;
    }

    @Override
    public List<DelegationPeriod> covering(String itemId) {
        return store.covering(itemId).stream().filter(d -> d.getStatus().published())
                .map(TownshipDelegation::period).toList();
    }
}
