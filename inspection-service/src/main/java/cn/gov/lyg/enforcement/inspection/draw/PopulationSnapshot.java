package cn.gov.lyg.enforcement.inspection.draw;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The frozen population of one draw (DOMAIN.md §2.3.3 step 1, I11): the directory entries inside the scope, without
 * the excluded ones, deduplicated by credit code and sorted by it, each with the credit class it had at the draw.
 *
 * <p>{@link #populationHash()} = SHA-256 over the lines {@code <uscc>\n} in that order: public, it can be recomputed
 * from the list of codes alone. {@link #strataHash()} = SHA-256 over {@code <uscc>,<class>\n}: internal, it seals the
 * classes used (credit classes are never published).
 */
public final class PopulationSnapshot {

    private final PopulationMember[] members;
    private final String populationHash;
    private final String strataHash;
    private final Map<CreditRiskClass, Integer> strata;
    private final Map<ExclusionReason, Integer> excluded;

    private PopulationSnapshot(PopulationMember[] members, Map<ExclusionReason, Integer> excluded) {
        this.members = members;
        this.excluded = Map.copyOf(excluded);
        MessageDigest pop = DrawHashing.sha256();
        MessageDigest str = DrawHashing.sha256();
        EnumMap<CreditRiskClass, Integer> counts = new EnumMap<>(CreditRiskClass.class);
        for (CreditRiskClass c : CreditRiskClass.values()) {
            counts.put(c, 0);
        }
        byte[][] classLines = new byte[CreditRiskClass.values().length][];
        for (CreditRiskClass c : CreditRiskClass.values()) {
            classLines[c.ordinal()] = ("," + c.name() + "\n").getBytes(StandardCharsets.UTF_8);
        }
        byte[] newline = {'\n'};
        for (PopulationMember m : members) {
            byte[] code = m.uscc().getBytes(StandardCharsets.US_ASCII);
            pop.update(code);
            pop.update(newline);
            str.update(code);
            str.update(classLines[m.creditClass().ordinal()]);
            counts.merge(m.creditClass(), 1, Integer::sum);
        }
        this.populationHash = DrawHashing.hex(pop.digest());
        this.strataHash = DrawHashing.hex(str.digest());
        this.strata = Map.copyOf(counts);
    }

    /**
     * Builds the snapshot from directory entries (any order; a code seen twice counts once, the first entry wins).
     */
    public static PopulationSnapshot build(Iterable<PopulationMember> directory, PopulationFilter scope,
                                           FrequencyCap cap, RegionCodes regions) {
        List<PopulationMember> in = new ArrayList<>();
        EnumMap<ExclusionReason, Integer> excluded = new EnumMap<>(ExclusionReason.class);
        // scope by region is asked once per distinct region code, not once per entity
        Map<String, Boolean> regionInScope = new java.util.HashMap<>();
        for (PopulationMember m : directory) {
            if (!regionInScope.computeIfAbsent(m.regionCode(), r -> scope.coversRegion(r, regions))
                    || !scope.matchesExceptRegion(m)) {
                continue;
            }
            if (!m.registrationStatus().drawable()) {
                excluded.merge(ExclusionReason.NOT_OPERATING, 1, Integer::sum);
            } else if (cap.reached(m.creditClass(), m.inspectionsThisYear())) {
                excluded.merge(ExclusionReason.FREQUENCY_CAP_REACHED, 1, Integer::sum);
            } else {
                in.add(m);
            }
        }
        return of(in, excluded);
    }

    /** A snapshot of exactly these members (already filtered), e.g. reloaded from a stored draw for verification. */
    public static PopulationSnapshot of(List<PopulationMember> members, Map<ExclusionReason, Integer> excluded) {
        PopulationMember[] array = members.toArray(PopulationMember[]::new);
        Arrays.parallelSort(array, Comparator.comparing(PopulationMember::uscc));
        int distinct = 0;
        for (int i = 0; i < array.length; i++) {
            if (distinct == 0 || !array[distinct - 1].uscc().equals(array[i].uscc())) {
                array[distinct++] = array[i];
            }
        }
        return new PopulationSnapshot(distinct == array.length ? array : Arrays.copyOf(array, distinct), excluded);
    }

    public int size() {
        return members.length;
    }

    public PopulationMember get(int index) {
        return members[index];
    }

    public List<PopulationMember> members() {
        return List.of(members);
    }

    public String populationHash() {
        return populationHash;
    }

    public String strataHash() {
        return strataHash;
    }

    /** Stratum sizes per credit class (internal). */
    public Map<CreditRiskClass, Integer> strata() {
        return strata;
    }

    public Map<ExclusionReason, Integer> excluded() {
        return excluded;
    }
}
