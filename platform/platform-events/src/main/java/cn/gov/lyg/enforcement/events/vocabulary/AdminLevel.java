package cn.gov.lyg.enforcement.events.vocabulary;

import java.util.EnumSet;
import java.util.Set;

/**
 * 层级 (DOMAIN.md §1.1): the levels at which an item is exercised. Agencies of the city's register are CITY, COUNTY
 * or TOWNSHIP ({@link #AGENCY_LEVELS}); PROVINCE is a level of exercise and of benchmarks, not of a registered agency.
 */
public enum AdminLevel {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡镇级");

    /** The levels an agency of the register may have (the agency event schemas' {@code adminLevel}). */
    public static final Set<AdminLevel> AGENCY_LEVELS = Set.copyOf(EnumSet.of(CITY, COUNTY, TOWNSHIP));

    private final String displayName;

    AdminLevel(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }

    public boolean isAgencyLevel() {
        return AGENCY_LEVELS.contains(this);
    }
}
