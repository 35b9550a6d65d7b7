package cn.gov.lyg.enforcement.inspection.team;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The inspection a team is checked for: agency, date, item domains, the entity's region and credit code, and the
 * citizen party's ID number when the inspection has one ({@code null} otherwise; decrypted for the check only, never
 * shown by {@link #toString()}).
 */
public record TeamContext(String agencyCode, LocalDate date, Set<String> domains, String regionCode, String uscc,
                          String citizenParty) {

    public TeamContext {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(date, "date");
        domains = domains == null ? Set.of() : Set.copyOf(domains);
    }

    /** An inspection without a citizen party. */
    public TeamContext(String agencyCode, LocalDate date, Set<String> domains, String regionCode, String uscc) {
        this(agencyCode, date, domains, regionCode, uscc, null);
    }

    @Override
    public String toString() {
        return "TeamContext[agencyCode=" + agencyCode + ", date=" + date + ", domains=" + domains + ", regionCode="
                + regionCode + ", uscc=" + uscc + ", citizenParty=" + (citizenParty == null ? "none" : "(hidden)")
                + "]";
    }
}
