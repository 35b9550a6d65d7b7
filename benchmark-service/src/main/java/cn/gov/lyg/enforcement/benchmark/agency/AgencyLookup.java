package cn.gov.lyg.enforcement.benchmark.agency;

import java.util.Optional;

/**
 * Which agencies exist, and where. The port the benchmark service checks agency codes against (an integration token
 * carries no agency: the agency comes from the request body and must be known and inside the client's region).
 */
public interface AgencyLookup {

    /** The agency with this unified social credit code, if it is known (and not closed). */
    Optional<AgencyRef> find(String agencyCode);

    /** An agency as far as this service needs it: its code and its 6-digit region. */
    record AgencyRef(String agencyCode, String regionCode) {
    }
}
