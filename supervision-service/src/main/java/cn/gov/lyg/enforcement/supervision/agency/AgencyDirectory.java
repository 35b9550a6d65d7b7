package cn.gov.lyg.enforcement.supervision.agency;

import java.util.Optional;

/**
 * Port to the agencies personnel-service owns. Implemented today by {@link ReferenceAgencyDirectory} (the
 * Lianyungang reference agencies); to be backed by the platform agency projection kept from
 * {@code personnel.agencies.v1} once it is available.
 */
public interface AgencyDirectory {

    Optional<AgencyRef> find(String agencyCode);
}
