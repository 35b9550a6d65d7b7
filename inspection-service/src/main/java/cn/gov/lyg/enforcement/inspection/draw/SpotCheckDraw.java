package cn.gov.lyg.enforcement.inspection.draw;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The 双随机 draw, algorithm {@value #ALGORITHM} (DOMAIN.md §2.3.3). Deterministic: the same snapshot, inspectors
 * and request give the same entities and teams in the same order, so anyone holding the inputs can recompute it
 * (procedure in {@code inspection-service/README.md}, stand-alone script {@code inspection-service/tools/verify_draw.py}).
 *
 * <ol>
 *   <li>{@code seed = SHA-256("SHA256-RANK-v1|" + taskId + "|" + drawnAt + "|" + nonce + "|" + populationHash)}
 *       (hex), {@code drawnAt} an ISO-8601 instant in UTC with millisecond precision;</li>
 *   <li>every population member gets {@code rank = first 8 bytes (unsigned, big-endian) of SHA-256(seed + "|E|" +
 *       uscc)}; in each credit-class stratum the {@code n_k} members with the smallest (rank, uscc) are drawn
 *       ({@link RatioConfig}: ceil rounding, per-class minimums);</li>
 *   <li>the drawn entities are ordered by (rank, uscc) and numbered from 1;</li>
 *   <li>for each drawn entity in that order, its eligible inspectors (assignable, certificate domains ⊇ item domains,
 *       area covering the entity's region, no recusal for the entity), sorted by officer id, the agency's own pool
 *       before the fallback pool, are shuffled lazily (Fisher–Yates): step {@code j} swaps position {@code j} with
 *       {@code j + r_j mod (n − j)} where {@code r_j = first 8 bytes of SHA-256(seed + "|I|" + uscc + "|" + j)}; the
 *       pools are shuffled separately, {@code j} counting on across them. Candidates are taken in that order; rotation:
 *       at most one member of the entity's previous team is taken while others remain; if the team is still short,
 *       the skipped ones fill it (flagged {@code rotationRelaxed});</li>
 *   <li>fewer than {@code teamSize} eligible inspectors for an entity → {@code INSUFFICIENT_INSPECTORS}.</li>
 * </ol>
 */
public final class SpotCheckDraw {

    public static final String ALGORITHM = "SHA256-RANK-v1";

    private final RegionCodes regions;

    public SpotCheckDraw(RegionCodes regions) {
        this.regions = regions;
    }

    public static String drawnAt(java.time.Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    public static String seed(String taskId, String drawnAt, String nonce, String populationHash) {
        return DrawHashing.sha256Hex(ALGORITHM + "|" + taskId + "|" + drawnAt + "|" + nonce + "|" + populationHash);
    }

    public DrawResult draw(PopulationSnapshot population, List<InspectorCandidate> inspectors, DrawRequest request) {
        String drawnAt = drawnAt(request.drawnAt());
        String seed = seed(request.taskId(), drawnAt, request.nonce(), population.populationHash());
        List<Integer> chosen = drawEntities(population, request.ratios(), seed);
        EnumMap<CreditRiskClass, Integer> sampleSizes = new EnumMap<>(CreditRiskClass.class);
        for (CreditRiskClass c : CreditRiskClass.values()) {
            sampleSizes.put(c, request.ratios().sampleSize(c, population.strata().get(c)));
        }
        List<DrawnEntity> drawn = assignTeams(population, chosen, inspectors, request, seed);
        return new DrawResult(ALGORITHM, request.taskId(), drawnAt, DrawCommitment.of(request.nonce()).nonceHash(),
                seed, population.size(), population.populationHash(), population.strataHash(), population.strata(),
                sampleSizes, drawn, DrawResult.resultHash(drawn));
    }

    /** Indices into the snapshot of the drawn members, in draw order. */
    static List<Integer> drawEntities(PopulationSnapshot population, RatioConfig ratios, String seed) {
        int n = population.size();
        long[] keys = new long[n];
        byte[] prefix = (seed + "|E|").getBytes(StandardCharsets.US_ASCII);
        // ranks are independent of each other: computed in parallel, each worker with its own digest
        ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(DrawHashing::sha256);
        ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[32]);
        IntStream.range(0, n).parallel().forEach(i -> {
            MessageDigest digest = digests.get();
            byte[] out = buffers.get();
            digest.update(prefix);
            digest.update(population.get(i).uscc().getBytes(StandardCharsets.UTF_8));
            try {
                digest.digest(out, 0, 32);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(e);
            }
            long v = 0;
            for (int b = 0; b < 8; b++) {
                v = (v << 8) | (out[b] & 0xFF);
            }
            // flip the sign bit: signed order of the keys is the unsigned order of the ranks
            keys[i] = v ^ Long.MIN_VALUE;
        });
        int[] stratumCount = new int[CreditRiskClass.values().length];
        for (int i = 0; i < n; i++) {
            stratumCount[population.get(i).creditClass().ordinal()]++;
        }
        List<Integer> chosen = new ArrayList<>();
        for (CreditRiskClass c : CreditRiskClass.values()) {
            int size = stratumCount[c.ordinal()];
            int want = ratios.sampleSize(c, size);
            if (want == 0) {
                continue;
            }
            long[] stratumKeys = new long[size];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (population.get(i).creditClass() == c) {
                    stratumKeys[k++] = keys[i];
                }
            }
            Arrays.sort(stratumKeys);
            long threshold = stratumKeys[want - 1];
            int below = 0;
            for (int i = 0; i < want; i++) {
                if (stratumKeys[i] < threshold) {
                    below++;
                }
            }
            int tiesWanted = want - below;
            // members are in uscc order, so ties on the rank are broken by the credit code
            for (int i = 0; i < n; i++) {
                if (population.get(i).creditClass() != c) {
                    continue;
                }
                if (keys[i] < threshold) {
                    chosen.add(i);
                } else if (keys[i] == threshold && tiesWanted > 0) {
                    chosen.add(i);
                    tiesWanted--;
                }
            }
        }
        chosen.sort(Comparator.<Integer>comparingLong(i -> keys[i]).thenComparing(i -> population.get(i).uscc()));
        return chosen;
    }

    private List<DrawnEntity> assignTeams(PopulationSnapshot population, List<Integer> chosen,
                                          List<InspectorCandidate> inspectors, DrawRequest request, String seed) {
        List<InspectorCandidate> sorted = inspectors.stream()
                .filter(InspectorCandidate::assignable)
                .filter(c -> c.domains().containsAll(request.itemDomains()))
                .sorted(Comparator.comparing(InspectorCandidate::officerId))
                .toList();
        Map<String, List<InspectorCandidate>[]> byRegion = new HashMap<>();
        MessageDigest digest = DrawHashing.sha256();
        List<DrawnEntity> drawn = new ArrayList<>(chosen.size());
        List<String> shortOf = new ArrayList<>();
        int rank = 0;
        for (int index : chosen) {
            PopulationMember m = population.get(index);
            rank++;
            List<InspectorCandidate>[] pools = byRegion.computeIfAbsent(m.regionCode(), r -> pools(sorted, r));
            Set<String> previous = request.previousTeams().getOrDefault(m.uscc(), Set.of());
            LinkedHashSet<String> team = new LinkedHashSet<>();
            List<String> skipped = new ArrayList<>();
            String prefix = seed + "|I|" + m.uscc() + "|";
            int fromPrevious = 0;
            int j = 0;
            // lazy Fisher–Yates: only as many steps as it takes to fill the team (same order as the full shuffle)
            pools:
            for (List<InspectorCandidate> pool : pools) {
                List<String> ids = new ArrayList<>(pool.size());
                for (InspectorCandidate c : pool) {
                    if (!c.recusedUsccs().contains(m.uscc())) {
                        ids.add(c.officerId());
                    }
                }
                for (int p = 0; p < ids.size(); p++) {
                    if (team.size() == request.teamSize()) {
                        break pools;
                    }
                    long r = DrawHashing.rank(digest, prefix + (j + p));
                    int swap = p + (int) Long.remainderUnsigned(r, ids.size() - p);
                    String id = ids.get(swap);
                    ids.set(swap, ids.get(p));
                    ids.set(p, id);
                    if (previous.contains(id)) {
                        if (fromPrevious >= 1) {
                            skipped.add(id);
                            continue;
                        }
                        fromPrevious++;
                    }
                    team.add(id);
                }
                j += ids.size();
            }
            boolean relaxed = false;
            for (String id : skipped) {
                if (team.size() == request.teamSize()) {
                    break;
                }
                team.add(id);
                relaxed = true;
            }
            if (team.size() < request.teamSize()) {
                shortOf.add(m.uscc());
            }
            drawn.add(new DrawnEntity(rank, m.uscc(), m.regionCode(), m.creditClass(), List.copyOf(team), relaxed));
        }
        if (!shortOf.isEmpty()) {
            throw RuleViolation.conflict("INSUFFICIENT_INSPECTORS", shortOf.size(), request.teamSize())
                    .with("entities", shortOf.size() > 50 ? shortOf.subList(0, 50) : shortOf);
        }
        return drawn;
    }

    /**
     * The eligible inspectors of one entity as the draw sees them, before the shuffle: the agency's own pool and the
     * fallback pool, each sorted by officer id (for the audit export).
     */
    public List<List<String>> eligiblePools(List<InspectorCandidate> inspectors, Set<String> itemDomains,
                                            String regionCode, String uscc) {
        List<InspectorCandidate> sorted = inspectors.stream()
                .filter(InspectorCandidate::assignable)
                .filter(c -> c.domains().containsAll(itemDomains))
                .sorted(Comparator.comparing(InspectorCandidate::officerId))
                .toList();
        List<List<String>> result = new ArrayList<>();
        for (List<InspectorCandidate> pool : pools(sorted, regionCode)) {
            result.add(pool.stream().filter(c -> !c.recusedUsccs().contains(uscc)).map(InspectorCandidate::officerId)
                    .toList());
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<InspectorCandidate>[] pools(List<InspectorCandidate> sorted, String region) {
        List<InspectorCandidate> own = new ArrayList<>();
        List<InspectorCandidate> fallback = new ArrayList<>();
        for (InspectorCandidate c : sorted) {
            if (c.areas().stream().anyMatch(a -> regions.covers(a, region))) {
                (c.fallback() ? fallback : own).add(c);
            }
        }
        return new List[] {own, fallback};
    }
}
