package cn.gov.lyg.enforcement.inspection.team;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** The inspection a team is checked for: agency, date, item domains, the entity's region and credit code. */
public record TeamContext(String agencyCode, LocalDate date, Set<String> domains, String regionCode, String uscc) {

    public TeamContext {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(date, "date");
        domains = domains == null ? Set.of() : Set.copyOf(domains);
    }
}
