package cn.gov.lyg.enforcement.catalog.usability;

import java.time.LocalDate;

/**
 * A published township delegation of an item as the usability and holder rules see it: the township holds the
 * power from {@code from} through {@code to} (inclusive; open when null).
 */
public record DelegationPeriod(String delegationId, String fromAgencyCode, String townshipAgencyCode,
                               String regionCode, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
