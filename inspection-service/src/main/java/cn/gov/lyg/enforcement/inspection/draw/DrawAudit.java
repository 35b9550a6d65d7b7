package cn.gov.lyg.enforcement.inspection.draw;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit export of a draw: everything {@code tools/verify_draw.py audit} needs to recompute it without the
 * service: the log, the revealed nonce, the ratios, the frozen population with credit classes (so: internal, for
 * judicial bureaus and auditors only), the eligible inspectors of every drawn entity and the previous teams.
 */
public final class DrawAudit {

    private DrawAudit() {
    }

    public static Map<String, Object> export(DrawResult result, String nonce, PopulationSnapshot population,
                                             List<InspectorCandidate> inspectors, DrawRequest request,
                                             SpotCheckDraw algorithm) {
        Map<String, Object> out = new LinkedHashMap<>(publicPart(result, nonce));
        out.put("strataHash", result.strataHash());
        out.put("teamSize", request.teamSize());
        Map<String, Object> ratios = new LinkedHashMap<>();
        request.ratios().perClass().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> ratios.put(
                e.getKey().name(), Map.of("ratio", e.getValue().ratio().toPlainString(),
                        "minCount", e.getValue().minCount())));
        out.put("ratios", ratios);
        out.put("population", population.members().stream()
                .map(m -> Map.of("uscc", m.uscc(), "creditClass", m.creditClass().name())).toList());
        Map<String, Object> pools = new LinkedHashMap<>();
        for (DrawnEntity e : result.drawn()) {
            List<List<String>> p = algorithm.eligiblePools(inspectors, request.itemDomains(), e.regionCode(), e.uscc());
            pools.put(e.uscc(), Map.of("own", p.get(0), "fallback", p.get(1)));
        }
        out.put("eligibleInspectors", pools);
        Map<String, Object> previous = new LinkedHashMap<>();
        request.previousTeams().forEach((uscc, team) -> previous.put(uscc, team.stream().sorted().toList()));
        out.put("previousTeams", previous);
        return out;
    }

    /** The public announcement: no credit class, no stratum sizes. */
    public static Map<String, Object> publicPart(DrawResult result, String nonce) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algorithm", result.algorithm());
        out.put("taskId", result.taskId());
        out.put("drawnAt", result.drawnAt());
        out.put("nonceHash", result.nonceHash());
        out.put("nonce", nonce);
        out.put("seed", result.seed());
        out.put("populationCount", result.populationCount());
        out.put("populationHash", result.populationHash());
        out.put("resultHash", result.resultHash());
        out.put("drawn", result.drawn().stream().map(e -> Map.of("rank", e.rank(), "uscc", e.uscc(),
                "inspectorIds", e.inspectorIds())).toList());
        return out;
    }

}
