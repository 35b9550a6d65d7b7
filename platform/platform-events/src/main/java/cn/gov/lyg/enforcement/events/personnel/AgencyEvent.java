package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import java.time.OffsetDateTime;

/**
 * Every agency event on {@code personnel.agencies.v1} carries the agency's code, when the change takes effect, who
 * made it, and the whole agency as it is after the change: a consumer keeps its directory from these alone.
 */
public interface AgencyEvent extends DomainEvent {

    String agencyCode();

    OffsetDateTime effectiveAt();

    String actor();

    AgencySnapshot agency();
}
