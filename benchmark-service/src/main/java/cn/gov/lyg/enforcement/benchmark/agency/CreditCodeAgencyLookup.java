package cn.gov.lyg.enforcement.benchmark.agency;

import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import java.util.Optional;

/**
 * The agency directory until the platform's agency projection (kept from personnel's agency events) is available
 * here: any code with a valid GB 32100 check character is accepted, its region being the registration authority's
 * region code in positions 3–8 of the code. Replace by a projection-backed {@link AgencyLookup} bean.
 */
public class CreditCodeAgencyLookup implements AgencyLookup {

    @Override
    public Optional<AgencyRef> find(String agencyCode) {
        if (agencyCode == null) {
            return Optional.empty();
        }
        var validation = UnifiedSocialCreditCode.validate(agencyCode);
        if (!validation.accepted()) {
            return Optional.empty();
        }
        String code = validation.normalized();
        return Optional.of(new AgencyRef(code, code.substring(2, 8)));
    }
}
