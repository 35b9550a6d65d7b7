package cn.gov.lyg.enforcement.benchmark.recommendation;

import java.time.LocalDate;

/**
 * 行政处罚法 Art. 36: an act not discovered within 2 years (5 years where citizens' life/health safety or financial
 * security is involved and there are harmful consequences) is no longer penalised; counted from the act, or from its
 * end when it continued. The last day of the period still counts.
 */
public final class Limitation {

    public static final int STANDARD_YEARS = 2;
    public static final int EXTENDED_YEARS = 5;

    private Limitation() {
    }

    public static int years(boolean lifeHealthOrFinancialHarm) {
        return lifeHealthOrFinancialHarm ? EXTENDED_YEARS : STANDARD_YEARS;
    }

    public static LocalDate lastDay(LocalDate actOrEnd, boolean lifeHealthOrFinancialHarm) {
        return actOrEnd.plusYears(years(lifeHealthOrFinancialHarm));
    }

    public static boolean expired(LocalDate actOrEnd, LocalDate discovered, boolean lifeHealthOrFinancialHarm) {
        return discovered.isAfter(lastDay(actOrEnd, lifeHealthOrFinancialHarm));
    }
}
