package cn.gov.lyg.enforcement.benchmark.agency;

import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import java.util.Optional;

/** Agencies from the platform's agency directory (personnel's register, kept from {@code personnel.agencies.v1}). */
public class DirectoryAgencyLookup implements AgencyLookup {

    private final AgencyDirectory directory;

    public DirectoryAgencyLookup(AgencyDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<AgencyRef> find(String agencyCode) {
        if (agencyCode == null) {
            return Optional.empty();
        }
        var validation = UnifiedSocialCreditCode.validate(agencyCode);
        if (!validation.accepted()) {
            return Optional.empty();
        }
        return directory.find(validation.normalized()).filter(Agency::active)
                .map(a -> new AgencyRef(a.agencyCode(), a.regionCode()));
    }
}
