package cn.gov.lyg.enforcement.inspection.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoordinationRulesTest {

    private static final String A12 = "11320706300200020C";
    private static final String A22 = "113207063002000399";
    private static final String A16 = "11320722300400022W";
    private final CoordinationRules rules = new CoordinationRules(FrequencyCapTable.defaults(), 60);
    private int seq;

    private Visit visit(String agency, String kind, LocalDate day, String... domains) {
        boolean capped = kind.equals("ROUTINE") || kind.equals("SPECIAL") || kind.equals("DUAL_RANDOM");
        boolean triggered = kind.equals("CASE_TRIGGERED") || kind.equals("EARLY_WARNING");
        return new Visit("id-" + (++seq), "JC-" + seq, agency, kind, capped, triggered, !kind.equals("NON_SITE"),
                day, Set.of(domains));
    }

    @Test
    void theWindowIsTheCalendarMonth() {
        assertThat(CoordinationRules.window(LocalDate.of(2025, 2, 14)))
                .isEqualTo(new CoordinationRules.Window(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)));
        assertThat(CoordinationRules.window(LocalDate.of(2024, 2, 29)).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(CoordinationRules.window(LocalDate.of(2025, 12, 31)).start()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void theSameAgencyMergesMergeableInspectionsOfTheMonthOnly() {
        List<Visit> visits = List.of(visit(A12, "ROUTINE", LocalDate.of(2025, 5, 3)),
                visit(A12, "CASE_TRIGGERED", LocalDate.of(2025, 5, 20)),
                visit(A12, "DUAL_RANDOM", LocalDate.of(2025, 6, 1)),
                visit(A22, "ROUTINE", LocalDate.of(2025, 5, 9)));
        assertThat(rules.sameAgencyInWindow(visits, A12, true, LocalDate.of(2025, 5, 31)))
                .extracting(Visit::inspectionNo).containsExactly(visits.get(0).inspectionNo());
        assertThat(rules.sameAgencyInWindow(visits, A12, false, LocalDate.of(2025, 5, 31))).isEmpty();
        assertThat(rules.sameAgencyInWindow(visits, A16, true, LocalDate.of(2025, 5, 31))).isEmpty();
        assertThat(rules.sameAgencyInWindow(visits, A12, true, LocalDate.of(2025, 7, 1))).isEmpty();
    }

    @Test
    void theCapCountsCappedKindsOfTheAgencyInTheYear() {
        List<Visit> visits = new ArrayList<>(List.of(visit(A12, "ROUTINE", LocalDate.of(2025, 1, 3)),
                visit(A12, "CASE_TRIGGERED", LocalDate.of(2025, 2, 3)),
                visit(A12, "NON_SITE", LocalDate.of(2025, 2, 4)),
                visit(A22, "SPECIAL", LocalDate.of(2025, 3, 3)),
                visit(A12, "DUAL_RANDOM", LocalDate.of(2024, 12, 3))));
        assertThat(CoordinationRules.countedInYear(visits, A12, 2025)).isEqualTo(1);
        assertThat(rules.capExceeded(visits, A12, Set.of("MARKET"), "B", 2025)).isEqualTo(-1);
        assertThat(rules.capExceeded(visits, A12, Set.of("MARKET"), "A", 2025)).isEqualTo(1);
        assertThat(rules.capExceeded(visits, A12, Set.of("MARKET"), null, 2025)).isEqualTo(-1);
        visits.add(visit(A12, "SPECIAL", LocalDate.of(2025, 9, 3)));
        assertThat(rules.capExceeded(visits, A12, Set.of("MARKET"), "D", 2025)).isEqualTo(2);
        assertThat(rules.capExceeded(visits, A22, Set.of("MARKET"), "D", 2025)).isEqualTo(-1);
    }

    @Test
    void triggeredInspectionsAreWarnedWithinSixtyDaysOfAnyOtherOnSiteInspection() {
        Visit routine = visit(A22, "ROUTINE", LocalDate.of(2025, 3, 1));
        Visit remote = visit(A12, "NON_SITE", LocalDate.of(2025, 4, 1));
        Visit atSixty = visit(A12, "CASE_TRIGGERED", LocalDate.of(2025, 4, 30));
        Visit atSixtyOne = visit(A12, "CASE_TRIGGERED", LocalDate.of(2025, 5, 1));
        assertThat(rules.frequentAround(List.of(routine, remote), atSixty)).containsExactly(routine);
        assertThat(rules.frequentAround(List.of(routine, remote), atSixtyOne)).isEmpty();
        assertThat(rules.frequentAround(List.of(routine), visit(A12, "ROUTINE", LocalDate.of(2025, 3, 2)))).isEmpty();
        Visit warning = visit(A12, "EARLY_WARNING", LocalDate.of(2025, 1, 5));
        assertThat(rules.frequentAround(List.of(visit(A16, "DUAL_RANDOM", LocalDate.of(2024, 12, 20))), warning))
                .hasSize(1);
    }

    @Test
    void aRepeatedInspectionNeedsMergeableVisitsOfTwoAgenciesInOneMonth() {
        Visit first = visit(A12, "ROUTINE", LocalDate.of(2025, 5, 3));
        Visit sameAgency = visit(A12, "DUAL_RANDOM", LocalDate.of(2025, 5, 4));
        Visit other = visit(A22, "SPECIAL", LocalDate.of(2025, 5, 30));
        Visit nextMonth = visit(A22, "SPECIAL", LocalDate.of(2025, 6, 1));
        Visit triggered = visit(A22, "CASE_TRIGGERED", LocalDate.of(2025, 5, 6));
        assertThat(CoordinationRules.repeated(List.of(first, sameAgency), sameAgency)).isFalse();
        assertThat(CoordinationRules.repeated(List.of(first, nextMonth), nextMonth)).isFalse();
        assertThat(CoordinationRules.repeated(List.of(first, triggered), triggered)).isFalse();
        assertThat(CoordinationRules.repeated(List.of(first, other), other)).isTrue();
        assertThat(CoordinationRules.agencies(CoordinationRules.mergeableInWindow(
                List.of(first, sameAgency, other, nextMonth, triggered), LocalDate.of(2025, 5, 1))))
                .containsExactly(A12, A22);
    }

    @Test
    void theCapTableTakesTheMostSpecificRow() {
        FrequencyCapTable t = new FrequencyCapTable(List.of(new FrequencyCapTable.Row("*", "*", 2),
                new FrequencyCapTable.Row("*", "A", 1), new FrequencyCapTable.Row("EMERGENCY", "*", 4),
                new FrequencyCapTable.Row("EMERGENCY", "A", 2), new FrequencyCapTable.Row(null, "D", 3)));
        assertThat(t.capFor("MARKET", "B")).isEqualTo(2);
        assertThat(t.capFor("MARKET", "A")).isEqualTo(1);
        assertThat(t.capFor("MARKET", "D")).isEqualTo(3);
        assertThat(t.capFor("EMERGENCY", "D")).isEqualTo(4);
        assertThat(t.capFor("EMERGENCY", "A")).isEqualTo(2);
        assertThat(t.capFor("EMERGENCY", null)).isEqualTo(4);
        assertThat(t.capFor(Set.of("EMERGENCY", "MARKET"), "C")).isEqualTo(2);
        assertThat(t.capFor(Set.of(), "A")).isEqualTo(1);
        assertThatThrownBy(() -> new FrequencyCapTable(List.of(new FrequencyCapTable.Row("*", "A", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrequencyCapTable.Row("*", "*", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
