package cn.gov.lyg.enforcement.inspection.draw;

import static cn.gov.lyg.enforcement.inspection.draw.DrawFixtures.member;
import static cn.gov.lyg.enforcement.inspection.draw.DrawFixtures.officer;
import static cn.gov.lyg.enforcement.inspection.draw.DrawFixtures.officers;
import static cn.gov.lyg.enforcement.inspection.draw.DrawFixtures.population;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.inspection.entity.RegistrationStatus;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpotCheckDrawTest {

    private static final RegionCodes REGIONS = RegionCodes.defaultCodes();
    private static final SpotCheckDraw DRAW = new SpotCheckDraw(REGIONS);
    private static final Instant AT = Instant.parse("2025-05-06T02:00:00.123Z");
    private static final String NONCE = "6b1f0c1e5d0a4b2c9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928";

    private static DrawRequest request(RatioConfig ratios) {
        return new DrawRequest("SC-320706-2025-0001", AT, NONCE, ratios, 2, Set.of("MARKET"), Map.of());
    }

    private static PopulationSnapshot snapshot(List<PopulationMember> directory) {
        return PopulationSnapshot.build(directory, PopulationFilter.regions("320706"), FrequencyCap.defaults(), REGIONS);
    }

    @Test
    void sameInputsGiveTheSameEntitiesAndTeamsInTheSameOrderWhateverTheDirectoryOrder() {
        List<PopulationMember> directory = population("320706", 1, 300, 200, 60, 20);
        List<InspectorCandidate> inspectors = officers(12, "320706", "MARKET");
        DrawResult first = DRAW.draw(snapshot(directory), inspectors, request(RatioConfig.fromBaseRatio(new BigDecimal("0.05"))));

        List<PopulationMember> shuffled = new ArrayList<>(directory);
        Collections.shuffle(shuffled, new Random(7));
        List<InspectorCandidate> inspectorsShuffled = new ArrayList<>(inspectors);
        Collections.shuffle(inspectorsShuffled, new Random(11));
        DrawResult again = DRAW.draw(snapshot(shuffled), inspectorsShuffled, request(RatioConfig.fromBaseRatio(new BigDecimal("0.05"))));

        assertThat(again.drawn()).isEqualTo(first.drawn());
        assertThat(again.seed()).isEqualTo(first.seed());
        assertThat(again.resultHash()).isEqualTo(first.resultHash());
        assertThat(first.drawn()).extracting(DrawnEntity::rank).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, first.drawn().size()).boxed().toList());
    }

    @Test
    void anotherNonceGivesAnotherSeedAndAnotherSelection() {
        PopulationSnapshot snapshot = snapshot(population("320706", 1, 0, 1000, 0, 0));
        List<InspectorCandidate> inspectors = officers(6, "320706", "MARKET");
        RatioConfig ratios = RatioConfig.fromBaseRatio(new BigDecimal("0.05"));
        DrawResult a = DRAW.draw(snapshot, inspectors, request(ratios));
        DrawResult b = DRAW.draw(snapshot, inspectors,
                new DrawRequest("SC-320706-2025-0001", AT, NONCE.replace('6', '7'), ratios, 2, Set.of("MARKET"), Map.of()));
        assertThat(b.seed()).isNotEqualTo(a.seed());
        assertThat(b.drawn().stream().map(DrawnEntity::uscc).toList())
                .isNotEqualTo(a.drawn().stream().map(DrawnEntity::uscc).toList());
    }

    @Test
    void eachStratumGetsCeilOfItsRatioWithTheDefaultMultipliers() {
        // base 5 %: A 2 % of 100 = 2; B 5 % of 50 = 2.5 -> 3; C 10 % of 20 = 2; D 20 % of 7 = 1.4 -> 2
        DrawResult r = DRAW.draw(snapshot(population("320706", 1, 100, 50, 20, 7)), officers(4, "320706", "MARKET"),
                request(RatioConfig.fromBaseRatio(new BigDecimal("0.05"))));
        Map<CreditRiskClass, Long> drawn = r.drawn().stream()
                .collect(Collectors.groupingBy(DrawnEntity::creditClass, Collectors.counting()));
        assertThat(drawn).containsEntry(CreditRiskClass.A, 2L).containsEntry(CreditRiskClass.B, 3L)
                .containsEntry(CreditRiskClass.C, 2L).containsEntry(CreditRiskClass.D, 2L);
        assertThat(r.sampleSizes()).containsEntry(CreditRiskClass.B, 3);
        assertThat(r.strata()).containsEntry(CreditRiskClass.A, 100).containsEntry(CreditRiskClass.D, 7);
        assertThat(r.populationCount()).isEqualTo(177);
    }

    @Test
    void perClassMinimumsApplyButNeverExceedTheStratum() {
        RatioConfig ratios = RatioConfig.fromBaseRatio(new BigDecimal("0.01"),
                Map.of(CreditRiskClass.C, 5, CreditRiskClass.D, 10));
        DrawResult r = DRAW.draw(snapshot(population("320706", 1, 10, 10, 40, 3)), officers(4, "320706", "MARKET"),
                request(ratios));
        Map<CreditRiskClass, Long> drawn = r.drawn().stream()
                .collect(Collectors.groupingBy(DrawnEntity::creditClass, Collectors.counting()));
        assertThat(drawn.get(CreditRiskClass.A)).isEqualTo(1L); // ceil(10 × 0.004)
        assertThat(drawn.get(CreditRiskClass.C)).isEqualTo(5L); // ceil(40 × 0.02) = 1 < minimum 5
        assertThat(drawn.get(CreditRiskClass.D)).isEqualTo(3L); // minimum 10 bounded by the 3 D-class entities
    }

    @Test
    void ratioOfOneDrawsTheWholeStratumAndAZeroRatioNone() {
        RatioConfig ratios = new RatioConfig(Map.of(CreditRiskClass.A, ClassRatio.of("0"), CreditRiskClass.B,
                ClassRatio.of("0.1"), CreditRiskClass.C, ClassRatio.of("0.5"), CreditRiskClass.D, ClassRatio.of("1")));
        DrawResult r = DRAW.draw(snapshot(population("320706", 1, 30, 30, 30, 9)), officers(4, "320706", "MARKET"),
                request(ratios));
        Map<CreditRiskClass, Long> drawn = r.drawn().stream()
                .collect(Collectors.groupingBy(DrawnEntity::creditClass, Collectors.counting()));
        assertThat(drawn).doesNotContainKey(CreditRiskClass.A).containsEntry(CreditRiskClass.B, 3L)
                .containsEntry(CreditRiskClass.C, 15L).containsEntry(CreditRiskClass.D, 9L);
    }

    @Test
    void closedEntitiesEntitiesAtTheirCapOtherRegionsAndDuplicatesAreNotInThePopulation() {
        List<PopulationMember> directory = new ArrayList<>(population("320706", 1, 0, 10, 0, 0));
        directory.add(member("320706", 100, CreditRiskClass.B, RegistrationStatus.CANCELLED, 0));
        directory.add(member("320706", 101, CreditRiskClass.B, RegistrationStatus.REVOKED, 0));
        directory.add(member("320706", 102, CreditRiskClass.B, RegistrationStatus.MOVED_OUT, 0));
        directory.add(member("320706", 103, CreditRiskClass.A, RegistrationStatus.EXISTING, 1)); // A cap 1 reached
        directory.add(member("320706", 104, CreditRiskClass.B, RegistrationStatus.EXISTING, 1)); // B cap 2 not reached
        directory.add(member("320706", 105, CreditRiskClass.C, RegistrationStatus.EXISTING, 2)); // C cap 2 reached
        directory.add(member("320722", 106, CreditRiskClass.B));                                  // out of scope
        directory.add(member("320706", 1, CreditRiskClass.B));                                    // duplicate code
        PopulationSnapshot s = snapshot(directory);
        assertThat(s.size()).isEqualTo(11);
        assertThat(s.excluded()).containsEntry(ExclusionReason.NOT_OPERATING, 3)
                .containsEntry(ExclusionReason.FREQUENCY_CAP_REACHED, 2);
        assertThat(s.members()).extracting(PopulationMember::uscc)
                .contains(DrawFixtures.uscc("320706", 104))
                .doesNotContain(DrawFixtures.uscc("320706", 100), DrawFixtures.uscc("320706", 103),
                        DrawFixtures.uscc("320722", 106));
    }

    @Test
    void aCityScopeCoversItsCountiesAndTheAbolishedCodeOfHaizhou() {
        List<PopulationMember> directory = List.of(member("320706", 1, CreditRiskClass.B),
                member("320722", 2, CreditRiskClass.B), member("320705", 3, CreditRiskClass.B),
                member("320506", 4, CreditRiskClass.B));
        assertThat(PopulationSnapshot.build(directory, PopulationFilter.regions("320700"), FrequencyCap.defaults(),
                REGIONS).size()).isEqualTo(3);
        assertThat(PopulationSnapshot.build(directory, PopulationFilter.regions("320706"), FrequencyCap.defaults(),
                REGIONS).size()).isEqualTo(2);
    }

    @Test
    void populationHashCoversTheSortedCodesOnlyAndStrataHashTheClassesToo() throws Exception {
        List<PopulationMember> directory = population("320706", 1, 2, 2, 1, 0);
        PopulationSnapshot s = snapshot(directory);
        StringBuilder codes = new StringBuilder();
        StringBuilder strata = new StringBuilder();
        directory.stream().sorted(java.util.Comparator.comparing(PopulationMember::uscc)).forEach(m -> {
            codes.append(m.uscc()).append('\n');
            strata.append(m.uscc()).append(',').append(m.creditClass()).append('\n');
        });
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        assertThat(s.populationHash()).isEqualTo(HexFormat.of().formatHex(sha.digest(codes.toString().getBytes(StandardCharsets.UTF_8))));
        assertThat(s.strataHash()).isEqualTo(HexFormat.of().formatHex(sha.digest(strata.toString().getBytes(StandardCharsets.UTF_8))));

        List<PopulationMember> reclassified = new ArrayList<>(directory);
        PopulationMember first = reclassified.get(0);
        reclassified.set(0, member("320706", 1, CreditRiskClass.D));
        PopulationSnapshot changed = snapshot(reclassified);
        assertThat(first.creditClass()).isNotEqualTo(CreditRiskClass.D);
        assertThat(changed.populationHash()).isEqualTo(s.populationHash());
        assertThat(changed.strataHash()).isNotEqualTo(s.strataHash());
    }

    @Test
    void inspectorsOutsideDomainAreaOrAssignabilityOrRecusedAreNeverDrawn() {
        List<InspectorCandidate> inspectors = new ArrayList<>(officers(3, "320706", "MARKET"));
        inspectors.add(officer("X-ECOLOGY", "320700", "ECOLOGY"));
        inspectors.add(officer("X-DONGHAI", "320722", "MARKET"));
        inspectors.add(new InspectorCandidate("X-SUSPENDED", false, Set.of("MARKET"), List.of("320706"), Set.of(), false));
        PopulationSnapshot s = snapshot(population("320706", 1, 0, 40, 0, 0));
        String recusedFrom = s.get(0).uscc();
        inspectors.add(new InspectorCandidate("O004", true, Set.of("MARKET"), List.of("320706"), Set.of(recusedFrom), false));
        RatioConfig all = new RatioConfig(Map.of(CreditRiskClass.A, ClassRatio.of("1"), CreditRiskClass.B,
                ClassRatio.of("1"), CreditRiskClass.C, ClassRatio.of("1"), CreditRiskClass.D, ClassRatio.of("1")));
        DrawResult r = DRAW.draw(s, inspectors, request(all));
        assertThat(r.drawn()).hasSize(40).allSatisfy(e -> {
            assertThat(e.inspectorIds()).hasSize(2).doesNotHaveDuplicates()
                    .doesNotContain("X-ECOLOGY", "X-DONGHAI", "X-SUSPENDED");
        });
        assertThat(r.drawn()).filteredOn(e -> e.uscc().equals(recusedFrom))
                .singleElement().satisfies(e -> assertThat(e.inspectorIds()).doesNotContain("O004"));
        // the officer with one recusal still serves elsewhere, and every eligible officer is used
        assertThat(r.drawn().stream().flatMap(e -> e.inspectorIds().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("O001", "O002", "O003", "O004");
    }

    @Test
    void theFallbackPoolIsUsedOnlyWhenTheAgencyPoolIsShort() {
        PopulationSnapshot s = snapshot(population("320706", 1, 0, 20, 0, 0));
        RatioConfig all = RatioConfig.fromBaseRatio(BigDecimal.ONE);
        List<InspectorCandidate> inspectors = new ArrayList<>(officers(3, "320706", "MARKET"));
        inspectors.add(new InspectorCandidate("CITY-1", true, Set.of("MARKET"), List.of("320700"), Set.of(), true));
        DrawResult enough = DRAW.draw(s, inspectors, request(all));
        assertThat(enough.drawn()).allSatisfy(e -> assertThat(e.inspectorIds()).doesNotContain("CITY-1"));

        List<InspectorCandidate> one = List.of(officer("O001", "320706", "MARKET"),
                new InspectorCandidate("CITY-1", true, Set.of("MARKET"), List.of("320700"), Set.of(), true));
        DrawResult withFallback = DRAW.draw(s, one, request(all));
        assertThat(withFallback.drawn()).allSatisfy(e -> assertThat(e.inspectorIds()).containsExactly("O001", "CITY-1"));
    }

    @Test
    void tooFewEligibleInspectorsStopTheDraw() {
        PopulationSnapshot s = snapshot(population("320706", 1, 0, 20, 0, 0));
        assertThatThrownBy(() -> DRAW.draw(s, List.of(officer("O001", "320706", "MARKET"),
                officer("O002", "320722", "MARKET")), request(RatioConfig.fromBaseRatio(new BigDecimal("0.1")))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("INSUFFICIENT_INSPECTORS"));
    }

    @Test
    void rotationAvoidsThePreviousPairWhenThePoolAllows() {
        PopulationSnapshot s = snapshot(population("320706", 1, 0, 30, 0, 0));
        RatioConfig all = RatioConfig.fromBaseRatio(BigDecimal.ONE);
        List<InspectorCandidate> inspectors = officers(3, "320706", "MARKET");
        DrawResult first = DRAW.draw(s, inspectors, request(all));
        Map<String, Set<String>> previous = new HashMap<>();
        first.drawn().forEach(e -> previous.put(e.uscc(), Set.copyOf(e.inspectorIds())));
        DrawRequest next = new DrawRequest("SC-320706-2025-0002", AT, NONCE, all, 2, Set.of("MARKET"), previous);
        DrawResult second = DRAW.draw(s, inspectors, next);
        assertThat(second.drawn()).allSatisfy(e -> {
            assertThat(Set.copyOf(e.inspectorIds())).isNotEqualTo(previous.get(e.uscc()));
            assertThat(e.rotationRelaxed()).isFalse();
        });

        // with only two inspectors the pair must repeat: allowed, and flagged
        List<InspectorCandidate> two = officers(2, "320706", "MARKET");
        Map<String, Set<String>> same = new HashMap<>();
        s.members().forEach(m -> same.put(m.uscc(), Set.of("O001", "O002")));
        DrawResult forced = DRAW.draw(s, two, new DrawRequest("SC-3", AT, NONCE, all, 2, Set.of("MARKET"), same));
        assertThat(forced.drawn()).allSatisfy(e -> assertThat(e.rotationRelaxed()).isTrue());
    }

    @Test
    void teamSizeBelowTwoIsRefused() {
        assertThatThrownBy(() -> new DrawRequest("T", AT, NONCE, RatioConfig.fromBaseRatio(BigDecimal.ONE), 1,
                Set.of(), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratiosAreExactDecimalsRoundedUp() {
        assertThat(ClassRatio.of("0.05").sampleSize(20)).isEqualTo(1);
        assertThat(ClassRatio.of("0.05").sampleSize(21)).isEqualTo(2);
        assertThat(ClassRatio.of("0.03").sampleSize(100)).isEqualTo(3);
        assertThat(ClassRatio.of("0.001").sampleSize(1)).isEqualTo(1);
        assertThat(ClassRatio.of("0.5").sampleSize(0)).isZero();
        assertThat(RatioConfig.fromBaseRatio(new BigDecimal("0.3")).of(CreditRiskClass.D).ratio())
                .isEqualByComparingTo("1");
        assertThatThrownBy(() -> ClassRatio.of("1.5")).isInstanceOf(IllegalArgumentException.class);
    }
}
