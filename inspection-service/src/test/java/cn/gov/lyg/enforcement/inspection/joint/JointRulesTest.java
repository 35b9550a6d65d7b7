package cn.gov.lyg.enforcement.inspection.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JointRulesTest {

    static final String A02 = "1132070030010002XW";
    static final String A04 = "11320700300100046P";
    static final String A22 = "113207063002000399";
    static final String A03 = "11320700300100038W";

    static final List<JointScenario> SCENARIOS = List.of(
            new JointScenario("HAZCHEM-CHAIN", "危险化学品全链条监管", "INDUSTRY_ONE_CHECK", List.of("C25", "C26"),
                    Set.of("EMERGENCY", "MARKET", "ECOLOGY", "FIRE", "TRANSPORT"), "EMERGENCY", List.of(), List.of()),
            new JointScenario("CONSTRUCTION-SITE", "建筑工地综合检查", "SCENARIO", List.of("E47"),
                    Set.of("HOUSING_CONSTRUCTION", "URBAN_MGMT", "ECOLOGY"), "HOUSING_CONSTRUCTION", List.of(),
                    List.of()),
            new JointScenario("CATERING", "餐饮服务", "INDUSTRY_ONE_CHECK", List.of("H62"),
                    Set.of("MARKET", "URBAN_MGMT", "FIRE"), "MARKET", List.of(), List.of()));

    private final JointRules rules = new JointRules(SCENARIOS, 10);

    private static Participant p(String agency, String... domains) {
        return new Participant(agency, Set.of(domains), List.of(), false, null, null, null);
    }

    @Test
    void theIndustryChoosesTheScenarioAndTheScenarioTheLead() {
        List<Participant> marketFirst = List.of(p(A02, "MARKET"), p(A04, "EMERGENCY"));
        Optional<JointScenario> s = rules.scenario("C2614", marketFirst.stream().map(Participant::domains).toList());
        assertThat(s).map(JointScenario::code).contains("HAZCHEM-CHAIN");
        assertThat(rules.lead(s, marketFirst)).isEqualTo(A04);
        Optional<JointScenario> catering = rules.scenario("H6210", List.of(Set.of("MARKET"), Set.of("URBAN_MGMT")));
        assertThat(catering).map(JointScenario::code).contains("CATERING");
        assertThat(rules.lead(catering, List.of(p(A22, "URBAN_MGMT"), p(A02, "MARKET")))).isEqualTo(A02);
    }

    @Test
    void withoutAnIndustryTheScenarioMustCoverEveryParticipantAndHaveItsLeadAmongThem() {
        assertThat(rules.scenario(null, List.of(Set.of("MARKET"), Set.of("EMERGENCY"))))
                .map(JointScenario::code).contains("HAZCHEM-CHAIN");
        assertThat(rules.scenario("Z9999", List.of(Set.of("URBAN_MGMT"), Set.of("MARKET"))))
                .map(JointScenario::code).contains("CATERING");
        assertThat(rules.scenario(null, List.of(Set.of("ECOLOGY"), Set.of("URBAN_MGMT")))).isEmpty();
        assertThat(rules.scenario(null, List.of(Set.of("MARKET"), Set.of("AGRICULTURE")))).isEmpty();
    }

    @Test
    void withoutAScenarioOrItsLeadDomainTheFirstPlannerLeads() {
        List<Participant> ps = List.of(p(A03, "ECOLOGY"), p(A22, "URBAN_MGMT"));
        assertThat(rules.lead(Optional.empty(), ps)).isEqualTo(A03);
        assertThat(rules.lead(rules.scenario("H6210", List.of()), ps)).isEqualTo(A03);
        assertThatThrownBy(() -> rules.lead(Optional.empty(), List.of(p(A03, "ECOLOGY"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVisitDayIsTheTenthUnlessItHasPassed() {
        assertThat(rules.visitDay(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 20)))
                .isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(rules.visitDay(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 10)))
                .isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(rules.visitDay(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 11)))
                .isEqualTo(LocalDate.of(2025, 5, 11));
        assertThat(new JointRules(List.of(), 28).visitDay(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThatThrownBy(() -> new JointRules(List.of(), 31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportWaitsForEveryParticipantsResults() {
        List<Participant> ps = List.of(new Participant(A02, Set.of("MARKET"), List.of("i1", "i2"), true, null, null,
                null), new Participant(A04, Set.of("EMERGENCY"), List.of("i3"), true, null, null, null),
                new Participant(A22, Set.of("URBAN_MGMT"), List.of(), true, null, null, null));
        assertThat(rules.missingResults(ps, id -> id.equals("i1") || id.equals("i3"))).containsExactly(A02, A22);
        assertThat(rules.missingResults(ps.subList(0, 2), id -> true)).isEmpty();
    }
}
