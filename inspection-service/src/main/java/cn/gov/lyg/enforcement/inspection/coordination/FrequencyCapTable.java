package cn.gov.lyg.enforcement.inspection.coordination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual per-enterprise inspection cap (检查频次上限, DOMAIN.md I5, §5 Q5 [ASM]) as data: rows of (domain, credit
 * class, cap), {@code *} matching any domain or class; the most specific row wins (domain and class, then domain,
 * then class, then the default row). The cap is per agency, per enterprise and per calendar year and counts ROUTINE,
 * SPECIAL and DUAL_RANDOM inspections; case-triggered and early-warning inspections are exempt. Default: 1 for A-class
 * enterprises, 2 for the others. An enterprise without a class counts as B (一般风险).
 */
public final class FrequencyCapTable {

    public static final String ANY = "*";

    /** One row of the table. */
    public record Row(String domain, String creditClass, int cap) {
        public Row {
            domain = domain == null || domain.isBlank() ? ANY : domain;
            creditClass = creditClass == null || creditClass.isBlank() ? ANY : creditClass;
            if (cap < 0) {
                throw new IllegalArgumentException("cap must not be negative: " + cap);
            }
        }

        int specificity() {
            return (ANY.equals(domain) ? 0 : 2) + (ANY.equals(creditClass) ? 0 : 1);
        }

        boolean matches(String d, String c) {
            return (ANY.equals(domain) || domain.equals(d)) && (ANY.equals(creditClass) || creditClass.equals(c));
        }
    }

    private final List<Row> rows;

    public FrequencyCapTable(List<Row> rows) {
        this.rows = List.copyOf(Objects.requireNonNull(rows));
        if (this.rows.stream().noneMatch(r -> ANY.equals(r.domain()) && ANY.equals(r.creditClass()))) {
            throw new IllegalArgumentException("the cap table needs a default row (domain * and class *)");
        }
    }

    public static FrequencyCapTable defaults() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(ANY, ANY, 2));
        rows.add(new Row(ANY, "A", 1));
        return new FrequencyCapTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The cap for an inspection of the domains' items of an enterprise of the class: the strictest domain's. */
    public int capFor(java.util.Collection<String> domains, String creditClass) {
        String c = creditClass == null ? "B" : creditClass;
        if (domains == null || domains.isEmpty()) {
            return capFor((String) null, c);
        }
        return domains.stream().mapToInt(d -> capFor(d, c)).min().orElseThrow();
    }

    public int capFor(String domain, String creditClass) {
        String c = creditClass == null ? "B" : creditClass;
        Optional<Row> best = rows.stream().filter(r -> r.matches(domain, c))
                .max(Comparator.comparingInt(Row::specificity));
        return best.orElseThrow().cap();
    }
}
