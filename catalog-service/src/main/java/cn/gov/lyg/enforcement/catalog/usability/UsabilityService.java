package cn.gov.lyg.enforcement.catalog.usability;

import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.catalog.item.ItemService;
import cn.gov.lyg.enforcement.catalog.item.ItemStatus;
import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** "Is item X usable by agency A in region R on date D, and for what" for any authenticated caller. */
@Service
public class UsabilityService {

    private final ItemService items;
    private final DelegationPeriods delegations;
    private final AgencyDirectory agencies;
    private final Clock clock;

    public UsabilityService(ItemService items, DelegationPeriods delegations, AgencyDirectory agencies, Clock clock) {
        this.items = items;
        this.delegations = delegations;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Authenticated
    public Usability usability(String itemId, String agencyCode, String regionCode, String townshipAgencyCode,
                               LocalDate date) {
        EnforcementItem item = items.find(itemId)
                .filter(i -> i.getStatus() != ItemStatus.DRAFT || CurrentScope.get().has(Role.CATALOG_ADMIN))
                .orElseThrow(() -> ApiException.notFound("EnforcementItem", itemId));
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            throw ApiException.invalid("INVALID_PARAMETER", List.of(FieldViolation.of("regionCode",
                    "INVALID_PARAMETER")));
        }
        String agency = agencyCode == null ? null : agencyCode.trim().toUpperCase();
        List<DelegationPeriod> periods = delegations.covering(itemId);
        return ItemUsability.evaluate(item, agency, agencies.find(agency).orElse(null), regionCode,
                townshipAgencyCode, date != null ? date : LocalDate.now(clock), periods);
    }
}
