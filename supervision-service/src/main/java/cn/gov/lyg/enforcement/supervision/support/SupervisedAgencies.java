package cn.gov.lyg.enforcement.supervision.support;

import cn.gov.lyg.enforcement.platform.agency.Agency;
import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The agencies supervision-service supervises, from the platform agency directory (kept from
 * {@code personnel.agencies.v1}, seeded with the reference agencies): lookups of active agencies and the region a
 * supervision matter escalates to.
 */
@Component
public class SupervisedAgencies {

    private final AgencyDirectory directory;

    public SupervisedAgencies(AgencyDirectory directory) {
        this.directory = directory;
    }

    public Optional<Agency> active(String agencyCode) {
        return directory.find(agencyCode).filter(Agency::active);
    }

    /**
     * The region one level above the judicial bureau supervising the agency: a county bureau's matters escalate to
     * the city bureau, the city bureau's to the province.
     */
    public String upperRegionCode(String agencyCode, String fallbackRegion) {
        Agency agency = directory.find(agencyCode).orElse(null);
        String supervisingRegion = agency == null ? fallbackRegion
                : agency.supervisingJusticeBureauCode() == null ? agency.regionCode()
                : directory.find(agency.supervisingJusticeBureauCode()).map(Agency::regionCode)
                .orElse(agency.regionCode());
        return upper(supervisingRegion);
    }

    static String upper(String region) {
        return region.endsWith("00") ? region.substring(0, 2) + "0000" : region.substring(0, 4) + "00";
    }
}
